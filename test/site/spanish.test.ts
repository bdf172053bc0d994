/**
 * Articles before institution names (masculine and feminine head nouns, acronyms, accents; "de" +
 * "el" contracts to "del"; no article before an unknown head noun, a proper name) and plurals
 * (singular for 1, plural otherwise, grouped thousands): test/fixtures/cases/spanish.json.
 */
import { articleOf, count, ofName, theName, TheName } from '../../src/site/spanish.ts';
import { exactCases } from '../support/cases.ts';

exactCases('Spanish articles and plurals', 'spanish', { theName, TheName, ofName, articleOf, count });
