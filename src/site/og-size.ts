/** Sizes of the social cards (src/site/og.ts), apart so the page layout can state them without loading the renderer. */

/** The canvas the card is laid out on (SVG units). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/**
 * The PNG's size: the canvas at half scale. 600×315 is the smallest size Facebook shows as a large
 * link image and is about what a feed displays; Twitter's large card asks for 2:1 and at least
 * 300×157. Measured on the Ministerio del Interior's card: 18.5 KB at 1200×630 → 7.8 KB, and
 * 87 → 17 ms to draw (resvg + palette), the text still legible.
 */
export const OG_PNG_WIDTH = 600;
export const OG_PNG_HEIGHT = 315;
