/** The exported SVG drawn into a PNG, and saving a Blob as a file. */

/** Width and height of a serialized SVG's root, px (read from the text: DOMParser is a Trusted Types sink). */
function sizeOf(svg: string): [number, number] {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string, fallback: number) => parseFloat(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? '') || fallback;
  return [attr('width', 300), attr('height', 150)];
}

/**
 * Draws a standalone SVG (as `buildSvg` makes it) on a canvas `scale` times
 * its size and returns the PNG. The SVG is loaded from a Blob URL; it has no
 * external resources, so the canvas stays untainted.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`exportPNG: scale must be a positive number, not ${scale}`);
  const [w, h] = sizeOf(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    try {
      await img.decode();
    } catch {
      throw new Error(
        `exportPNG: the browser could not load the SVG as an image (a Content-Security-Policy whose img-src does not allow blob: blocks it)`,
      );
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('exportPNG: no 2D canvas in this browser');
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('exportPNG: the canvas gave no image'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a Blob as a file through a temporary `<a download>` (the object URL is revoked afterwards). */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // The download has started from the click; revoke once it has read the URL.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
