// A React 19 consumer of the packed package: the elements in TSX, checked by TypeScript through
// `event-highlights/react` (generated from custom-elements.json). Each @ts-expect-error is a
// mistake the types must catch: if the types let it through, the directive itself fails.
import type {} from 'event-highlights/react';
import { validateEvent, type EventArticle } from 'event-highlights';
import 'event-highlights/event-card';
import type { CountrySelectEvent } from 'event-highlights/participant-country-map/class';

export function Article({ event }: { event: EventArticle }) {
  const onSelect = (e: CountrySelectEvent) => console.log(e.code);
  return (
    <main>
      <event-card src="/events/opening.json" href="/news/opening.html" heading-level={2} theme="dark" />
      <event-card event={event} />
      <speech-block speaker="Liu Beimin" honorific="ms" speaker-role="Researcher" country="CN" collapsed-lines={4}>
        <h3 slot="heading">Speech</h3>
      </speech-block>
      <participant-country-map countries="BO BR CO" layout="regions" worldview="NE" oncountry-select={onSelect} />
      <group-photo src="/img/group.jpg" alt="Group photo" width="1600" height="900" ongroup-photo-open={(e: Event) => console.log(e.type)} />
      <photo-credit written-by="Ma Yizhou" variant="inline" />

      {/* @ts-expect-error: "sideways" is not a layout */}
      <participant-country-map layout="sideways" />
      {/* @ts-expect-error: the theme is light or dark */}
      <event-card theme="blue" />
      {/* @ts-expect-error: the model's object, not a string */}
      <event-card event="opening" />
      {/* @ts-expect-error: no such element */}
      <event-cards />
    </main>
  );
}

export const checked = validateEvent({}).ok;
