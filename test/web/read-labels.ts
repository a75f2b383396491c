// Reads labels off a screenshot of the graph: each text is drawn by the page in the viewer's label font and
// looked for in the picture, so a test sees which names a user can read (not what the code says it drew).
import type { Page } from 'playwright-core';
import { measurePixels } from './browser.ts';

/** The label font sigma uses in the open viewer (weight, size, family), as a CSS font. */
export function labelFont(page: Page): Promise<string> {
  return page.evaluate(() => {
    const s = (window as any).turngraph.getRenderer().sigma.getSettings();
    return `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;
  });
}

/**
 * Which of `texts` can be read in the screenshot `png` (written in `font`, dark on light, on a light halo as the
 * viewer draws labels; `ink`: the darkness of the text colour, 255 minus its brightest channel, 220 for #1f2328): a place where the picture matches the text drawn there (at the best of 16 sub-pixel
 * offsets, mean difference ≤ 20 of 255 over the glyphs and 1 px around them), with no letter (a column of 3 near-black
 * pixels) in the 7 px on each side, so "reasoning" is not read inside "reasoning models".
 */
export async function readableTexts(page: Page, png: Buffer, texts: (string | RotatedText)[], font: string, { ink: solidInk = 220 } = {}): Promise<string[]> {
  // Each text and direction once (two relations of one type read the same).
  const wanted = [...new Map(texts.map((t) => (typeof t === 'string' ? { text: t, angle: 0 } : t)).map((t) => [`${t.text}@${t.angle.toFixed(3)}`, t])).values()];
  const found = await measurePixels(page, [png], ([image], { texts, font, solidInk }) => {
    const { width: W, height: H, data } = image;
    // Darkness of each pixel (0 white .. 255 black), its darkest channel.
    const ink = new Uint8Array(W * H);
    const black: number[] = [];
    for (let i = 0; i < W * H; i++) {
      ink[i] = 255 - Math.min(255, Math.max(data[i * 4], data[i * 4 + 1], data[i * 4 + 2]));
      // Near-black: label ink, not a grey node or a relation line.
      if (ink[i] > solidInk * 0.7) black.push(i);
    }
    const at = (x: number, y: number) => (x >= 0 && y >= 0 && x < W && y < H ? ink[y * W + x] : 0);
    const MARGIN = 7;
    const size = parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)![1]);
    /** The text drawn black on transparent at a sub-pixel offset (turned by `angle`): coverage (0..1) per pixel. */
    const render = (text: string, angle: number, dx: number, dy: number) => {
      const canvas = document.createElement('canvas');
      let ctx = canvas.getContext('2d')!;
      ctx.font = font;
      const width = ctx.measureText(text).width + MARGIN * 2;
      const height = size * 2;
      const [c, s] = [Math.abs(Math.cos(angle)), Math.abs(Math.sin(angle))];
      canvas.width = Math.ceil(width * c + height * s) + 1;
      canvas.height = Math.ceil(width * s + height * c) + 1;
      ctx = canvas.getContext('2d')!;
      ctx.font = font;
      ctx.fillStyle = '#000';
      // Whole-pixel origin, so the unturned text at offset 0 falls on whole pixels as the viewer draws it.
      ctx.translate(Math.round(canvas.width / 2) + dx, Math.round(canvas.height / 2) + dy);
      ctx.rotate(angle);
      ctx.fillText(text, -Math.round(width / 2) + MARGIN, Math.round(size * 0.35));
      const rgba = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const alpha = new Float32Array(canvas.width * canvas.height);
      for (let i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3] / 255;
      return { w: canvas.width, h: canvas.height, alpha };
    };
    const found: string[] = [];
    for (const { text, angle } of texts) {
      const variants = [0, 0.25, 0.5, 0.75].flatMap((dy) => [0, 0.25, 0.5, 0.75].map((dx) => render(text, angle, dx, dy)));
      const { w, h, alpha } = variants[0];
      // Each variant's glyph pixels and 1 px around them, with the darkness expected there (fill #1f2328 ≈ 220).
      const masks = variants.map((v) => {
        const cells: [number, number, number][] = [];
        for (let y = 0; y < h; y++) {
          for (let x = 0; x < w; x++) {
            let near = 0;
            for (let j = -1; j <= 1; j++) for (let i = -1; i <= 1; i++) near = Math.max(near, v.alpha[Math.min(h - 1, Math.max(0, y + j)) * w + Math.min(w - 1, Math.max(0, x + i))]);
            if (near > 0.05) cells.push([x, y, v.alpha[y * w + x] * solidInk]);
          }
        }
        return cells;
      });
      const solid: [number, number][] = [];
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (alpha[y * w + x] > 0.9) solid.push([x, y]);
      if (solid.length === 0) continue;
      const rows = solid.map((p) => p[1]);
      const cols = solid.map((p) => p[0]);
      const [top, bottom, left, right] = [Math.min(...rows), Math.max(...rows), Math.min(...cols), Math.max(...cols)];
      // The columns beside the text, over its height (a leader line or a pale relation is no letter).
      const columns: number[] = [];
      for (let k = 2; k <= MARGIN; k++) columns.push(left - k, right + k);
      const letterAt = (ox: number, oy: number, x: number) => {
        let n = 0;
        for (let y = top; y <= bottom; y++) if (at(ox + x, oy + y) > solidInk * 0.8) n++;
        return n >= 3;
      };
      const anchors = Array.from({ length: 24 }, (_, k) => solid[Math.floor((k * solid.length) / 24)]);
      const sample = solid.filter((_, k) => k % Math.ceil(solid.length / 24) === 0);
      const tried = new Uint8Array(W * H);
      const matches = (ox: number, oy: number) =>
        masks.some((cells) => cells.reduce((sum, [x, y, e]) => sum + Math.abs(at(ox + x, oy + y) - e), 0) / cells.length <= 20);
      let ok = false;
      for (const i of black) {
        if (ok) break;
        const px = i % W;
        const py = (i - px) / W;
        for (const [ax, ay] of anchors) {
          const ox = px - ax;
          const oy = py - ay;
          if (ox < 0 || oy < 0 || ox >= W || oy >= H || tried[oy * W + ox]) continue;
          tried[oy * W + ox] = 1;
          // Quick look first: most solid pixels of the text must be inked here.
          if (sample.filter(([x, y]) => at(ox + x, oy + y) > solidInk * 0.4).length < sample.length * 0.85) continue;
          if (![[0, 0], [-1, 0], [0, -1], [-1, -1]].some(([dx, dy]) => matches(ox + dx, oy + dy))) continue;
          // (Turned text: no side columns to look at.)
          ok = angle !== 0 || !columns.some((x) => letterAt(ox, oy, x));
          if (ok) break;
        }
      }
      if (ok) found.push(text);
    }
    return found;
  }, { texts: wanted, font, solidInk });
  return found;
}

/** A text drawn turned by `angle` (radians, clockwise on screen), as relation types along their edges. */
export interface RotatedText {
  text: string;
  angle: number;
}
