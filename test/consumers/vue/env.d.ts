// The elements as Vue's GlobalComponents, from the packed package (generated from custom-elements.json).
import type {} from 'event-highlights/vue';
