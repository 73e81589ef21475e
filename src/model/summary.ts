import type { EventArticle, Organization, Photo, Subdivision, Text } from './types.js';

export interface ParticipantSummary {
  /** Total participants, when every seminar gives a count. */
  count: number | undefined;
  /** Participant countries across all seminars, each once, in the order first given. */
  countries: string[];
  region: Text | undefined;
  /** False when some seminar names only some of its countries (`countriesComplete: false`). */
  countriesComplete: boolean;
  /** Who the participants are ("government officials"), from the first seminar that says. */
  kind: Text | undefined;
  /** Units below a country (states, provinces), across all seminars. */
  subdivisions: Subdivision[];
}

/** Participants of all the article's seminars together (an article can report two seminars). */
export function summarizeParticipants(article: EventArticle): ParticipantSummary {
  const groups = article.seminars.map((seminar) => seminar.participants);
  const counts = groups.map((group) => group?.count);
  const count = counts.every((n): n is number => typeof n === 'number') ? counts.reduce((a, b) => a + b, 0) : undefined;
  const countries = [...new Set(groups.flatMap((group) => group?.countries ?? []))];
  const region = groups.find((group) => group?.region !== undefined)?.region;
  const countriesComplete = groups.every((group) => group?.countriesComplete !== false);
  const kind = groups.find((group) => group?.kind !== undefined)?.kind;
  const subdivisions = groups.flatMap((group) => group?.subdivisions ?? []);
  return { count, countries, region, countriesComplete, kind, subdivisions };
}

/** Distinct organizations in one role (host or organizer) across the seminars, compared by name. */
export function organizationsIn(article: EventArticle, role: 'host' | 'organizer'): Organization[] {
  const seen = new Set<string>();
  const result: Organization[] = [];
  for (const seminar of article.seminars) {
    const organization = seminar[role];
    if (!organization) continue;
    // A plain name is its own key (the usual case, and cheap); a name in several languages, its JSON.
    const name = organization.name;
    const key = typeof name === 'string' ? `s${name}` : `j${JSON.stringify(name)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(organization);
  }
  return result;
}

/** The photo that best represents the article: the first that is not the group photo, else the first. */
export function leadPhoto(article: EventArticle): Photo | undefined {
  const photos = article.photos ?? [];
  return photos.find((photo) => !photo.group) ?? photos[0];
}
