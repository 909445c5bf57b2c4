/** What the PDF and the Word report share, without either writer. */

/** A rendered map (PNG or JPEG data URL) and its size in pixels (only the aspect ratio is used). */
export interface ReportMapImage {
  dataUrl: string;
  width: number;
  height: number;
}

export const MAP_CAPTION = 'Karte: Einrichtungen und Versorgungslücken';
export const CREATOR = 'Netzwerkkarte ThEKiZ';
