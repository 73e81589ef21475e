import type * as v from 'valibot';
import type * as schema from './schema.js';

/** Text: a plain string or a map from language tag to string. */
export type Text = v.InferOutput<typeof schema.Text>;
export type CountryCode = string;
export type PartialDate = string;
export type Person = v.InferOutput<typeof schema.Person>;
export type Honorific = v.InferOutput<typeof schema.Honorific>;
export type AttendeeRole = v.InferOutput<typeof schema.AttendeeRole>;
export type Attendee = v.InferOutput<typeof schema.Attendee>;
export type Photo = v.InferOutput<typeof schema.Photo>;
export type PhotoFocus = v.InferOutput<typeof schema.PhotoFocus>;
export type SpeakerRole = v.InferOutput<typeof schema.SpeakerRole>;
export type Speech = v.InferOutput<typeof schema.Speech>;
export type Participants = v.InferOutput<typeof schema.Participants>;
export type Subdivision = v.InferOutput<typeof schema.Subdivision>;
export type Visit = v.InferOutput<typeof schema.Visit>;
export type Organization = v.InferOutput<typeof schema.Organization>;
export type Seminar = v.InferOutput<typeof schema.Seminar>;
export type CreditRole = v.InferOutput<typeof schema.CreditRole>;
export type Credit = v.InferOutput<typeof schema.Credit>;
export type EventKind = v.InferOutput<typeof schema.EventKind>;
export type EventFormat = v.InferOutput<typeof schema.EventFormat>;
export type EventDates = v.InferOutput<typeof schema.EventDates>;
export type RelatedArticle = v.InferOutput<typeof schema.RelatedArticle>;
export type MediaCoverage = v.InferOutput<typeof schema.MediaCoverage>;
/** An "Activity Highlights" article: the document every element renders from. */
export type EventArticle = v.InferOutput<typeof schema.EventArticle>;
