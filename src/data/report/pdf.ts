import { jsPDF } from 'jspdf';
import { autoTable, type UserOptions } from 'jspdf-autotable';
import { UNKNOWN_CATEGORY_COLOR, type ReportModel } from './model';
import { CREDITS_LINE } from '../../domain/attribution';

import { CREATOR, MAP_CAPTION, type ReportMapImage } from './common';

export { CREATOR, MAP_CAPTION, type ReportMapImage };
export const MAP_ATTRIBUTION = CREDITS_LINE;

/**
 * jsPDF's built-in Helvetica uses WinAnsiEncoding (Windows-1252): Latin-1 plus „ “ ” ‚ ‘ ’ – — … € •
 * and a few more, which jsPDF maps itself, so German text incl. „…“ comes through unchanged. But
 * one character outside that set makes jsPDF write the WHOLE string as 16-bit codes (garbage), so
 * every string goes through `pdfText` first.
 */
const WIN_ANSI_EXTRA = new Set('ƒ–—‘’‚“”„†‡•…€‰‹›ˆ™ŒœŠšŸŽž˜');
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2212': '-', '\u2015': '—', '\u201B': '‘', '\u201F': '“',
  '\u2032': "'", '\u2033': '"', '\u2190': '<-', '\u2192': '->', '\u2264': '<=', '\u2265': '>=', '\u2248': '~',
  '\u200B': '', '\u200C': '', '\u200D': '', '\u2060': '', '\uFEFF': '',
};
const isOtherSpace = (c: number) => (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;

/**
 * Makes a string writable with a standard font: composes combining marks (NFC); turns control
 * characters (also line breaks and C1 controls, which jsPDF would read as Windows-1252 codes) and
 * odd spaces into spaces; replaces a few symbols (− → ≤ …) by ASCII stand-ins and any other
 * character outside WinAnsiEncoding by "?". The text is never interpreted (no HTML or markup).
 */
export function pdfText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || isOtherSpace(c)) out += ' ';
    else if (c <= 0xff || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else out += REPLACEMENTS[ch] ?? '?';
  }
  return out;
}

// A4 portrait in millimetres.
const PAGE_W = 210;
const PAGE_H = 297;
const MARGIN = 15;
const BOTTOM = 20; // room for the footer
const WIDTH = PAGE_W - 2 * MARGIN;
const MAP_MAX_H = 130;
const TABLE: UserOptions = {
  margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: BOTTOM },
  styles: { font: 'helvetica', fontSize: 8.5, cellPadding: 1.5, overflow: 'linebreak', textColor: 20 },
  headStyles: { fillColor: [55, 65, 81], textColor: 255, fontStyle: 'bold' },
  showHead: 'everyPage',
  rowPageBreak: 'avoid',
};

/** A CSS hex colour (#rgb or #rrggbb) as RGB; anything else gives the "unknown" grey. */
function rgb(color: string): [number, number, number] {
  let hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1] ?? UNKNOWN_CATEGORY_COLOR.slice(1);
  if (hex.length === 3) hex = [...hex].map((h) => h + h).join('');
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** The y below the table drawn last (autotable keeps it on the untyped `doc.lastAutoTable`). */
const afterTable = (doc: jsPDF, fallback: number) => ((doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY ?? fallback) + 6;

/** Starts a new page when fewer than `needed` mm are left below y. */
function room(doc: jsPDF, y: number, needed: number): number {
  if (y + needed <= PAGE_H - BOTTOM) return y;
  doc.addPage();
  return MARGIN + 5;
}

function heading(doc: jsPDF, text: string, y: number): number {
  y = room(doc, y, 25);
  doc.setFont('helvetica', 'bold').setFontSize(12).setTextColor(20);
  doc.text(pdfText(text), MARGIN, y);
  return y + 3;
}

function drawMap(doc: jsPDF, image: ReportMapImage, y: number): number {
  const format = /^data:image\/(png|jpe?g);base64,/i.exec(image.dataUrl)?.[1].toLowerCase();
  if (!format) throw new Error('Map image must be a PNG or JPEG data URL');
  if (!(image.width > 0 && image.height > 0 && Number.isFinite(image.width * image.height))) throw new RangeError('Map image size must be positive');
  let w = WIDTH;
  let h = (w * image.height) / image.width;
  if (h > MAP_MAX_H) [w, h] = [(MAP_MAX_H * image.width) / image.height, MAP_MAX_H];
  const x = MARGIN + (WIDTH - w) / 2;
  doc.addImage({ imageData: image.dataUrl, format: format === 'png' ? 'PNG' : 'JPEG', x, y, width: w, height: h });
  doc.setDrawColor(160).setLineWidth(0.2).rect(x, y, w, h, 'S');
  doc.setFont('helvetica', 'normal').setFontSize(9).setTextColor(40).text(pdfText(MAP_CAPTION), MARGIN, y + h + 5);
  // The credits are long: wrap them to the text width (3 mm a line at 7 pt).
  const credits = doc.setFontSize(7).setTextColor(90).splitTextToSize(pdfText(MAP_ATTRIBUTION), WIDTH) as string[];
  doc.text(credits, MARGIN, y + h + 9);
  return y + h + 13 + 3 * credits.length;
}

function drawFigures(doc: jsPDF, model: ReportModel, y: number): number {
  y = heading(doc, 'Kennzahlen', y);
  const notes = pdfText(model.notes.join(' '));
  const scenario = model.scenarioName !== null;
  autoTable(doc, {
    ...TABLE, startY: y, theme: 'striped',
    head: [scenario ? ['Kennzahl', 'Bestand', pdfText(`Szenario ${model.scenarioName}`)] : ['Kennzahl', 'Wert']],
    body: model.figures.map((f) => [pdfText(f.label), pdfText(f.value), ...(scenario ? [pdfText(f.scenario ?? '')] : [])]),
    // The notes go in the table's last-page footer so they stay with the figures.
    foot: notes ? [[{ content: notes, colSpan: scenario ? 3 : 2, styles: { fontSize: 7.5, fontStyle: 'normal', textColor: 80, fillColor: false } }]] : undefined,
    showFoot: 'lastPage',
    columnStyles: scenario ? { 1: { halign: 'right', cellWidth: 32 }, 2: { halign: 'right', cellWidth: 32 } } : { 1: { halign: 'right', cellWidth: 45 } },
  });
  return afterTable(doc, y);
}

/** "Wie wird gerechnet?": the method text in a framed box. */
function drawMethod(doc: jsPDF, model: ReportModel, y: number): number {
  if (model.method.length === 0) return y;
  y = heading(doc, 'Methode', y);
  autoTable(doc, {
    ...TABLE, startY: y, theme: 'plain',
    body: model.method.map((m) => [pdfText(m)]),
    styles: { ...TABLE.styles, fontSize: 8, lineColor: 170, lineWidth: 0.2, fillColor: [247, 248, 250] },
  });
  return afterTable(doc, y);
}

function drawUnderserved(doc: jsPDF, model: ReportModel, y: number): number {
  const u = model.underserved;
  if (!u) return y;
  y = heading(doc, `Unterversorgte Gemeinden: ${u.who} ${u.unit === 'min' ? `mehr als ${u.km} min Fahrzeit zum` : `weiter als ${u.km} km vom`} nächsten Zentrum`, y);
  if (u.rows.length === 0) {
    doc.setFont('helvetica', 'normal').setFontSize(9).setTextColor(40).text(pdfText(`Keine Gemeinde mit ${u.who} ${u.unit === 'min' ? 'mit mehr als' : 'weiter als'} ${u.km} ${u.unit}.`), MARGIN, y + 4);
    return y + 10;
  }
  autoTable(doc, {
    ...TABLE, startY: y, theme: 'striped',
    head: [['Gemeinde', `${u.unit === 'min' ? 'mehr als' : 'weiter als'} ${u.km} ${u.unit}`, 'gesamt', 'Anteil versorgt', u.unit === 'min' ? 'mittlere Fahrzeit' : 'mittlere Entfernung', 'nächstes Zentrum']].map((r) => r.map(pdfText)),
    body: u.rows.map((g) => [g.name, g.people, g.total, g.share, g.mean, g.nearest].map(pdfText)),
    columnStyles: { 1: { halign: 'right' }, 2: { halign: 'right' }, 3: { halign: 'right' }, 4: { halign: 'right' } },
  });
  return afterTable(doc, y);
}

function drawGaps(doc: jsPDF, model: ReportModel, y: number): number {
  const g = model.gaps;
  if (!g) return y;
  y = heading(doc, 'Netzwerklücken', y);
  const intro = doc.setFont('helvetica', 'normal').setFontSize(9).setTextColor(40).splitTextToSize(pdfText(g.intro), WIDTH) as string[];
  doc.text(intro, MARGIN, y + 3);
  y += 3 + intro.length * 4;
  autoTable(doc, {
    ...TABLE, startY: y, theme: 'striped',
    head: [['Dem nächsten Zentrum fehlt als Partner', 'Menschen', 'Kinder unter 15']],
    body: g.rows.map((r) => [r.kind, r.people, r.children].map(pdfText)),
    columnStyles: { 1: { halign: 'right', cellWidth: 30 }, 2: { halign: 'right', cellWidth: 30 } },
  });
  y = afterTable(doc, y);
  if (g.centres.length === 0) return y;
  y = heading(doc, 'Zentren mit fehlenden Partnerarten (versorgte Menschen × fehlende Arten)', y);
  autoTable(doc, {
    ...TABLE, startY: y, theme: 'striped',
    head: [['Zentrum', 'versorgt', 'fehlende Arten', 'nächste Kandidaten']],
    body: g.centres.map((c) => [c.name, c.served, c.missing, c.nearest].map(pdfText)),
    columnStyles: { 0: { cellWidth: 42 }, 1: { halign: 'right', cellWidth: 20 } },
  });
  return afterTable(doc, y);
}

function drawCategories(doc: jsPDF, model: ReportModel, y: number): number {
  y = heading(doc, 'Einrichtungen nach Kategorie', y);
  autoTable(doc, {
    ...TABLE, startY: y, theme: 'striped',
    head: [['Farbe', 'Kategorie', 'Anzahl']],
    body: model.categories.map((c) => ['', pdfText(c.name), String(c.count)]),
    columnStyles: { 0: { cellWidth: 12 }, 2: { halign: 'right', cellWidth: 25 } },
    didDrawCell: (data) => {
      if (data.section !== 'body' || data.column.index !== 0) return;
      const size = 3.5;
      doc.setFillColor(...rgb(model.categories[data.row.index].color)).setDrawColor(60).setLineWidth(0.2);
      doc.rect(data.cell.x + (data.cell.width - size) / 2, data.cell.y + (data.cell.height - size) / 2, size, size, 'FD');
    },
  });
  return afterTable(doc, y);
}

function drawInstitutions(doc: jsPDF, model: ReportModel, y: number): void {
  y = heading(doc, `Einrichtungen im Gebiet (${model.rows.length})`, y);
  if (model.rows.length === 0) {
    doc.setFont('helvetica', 'normal').setFontSize(9).setTextColor(40).text('Keine Einrichtungen im Gebiet.', MARGIN, y + 4);
    return;
  }
  autoTable(doc, {
    ...TABLE, startY: y, theme: 'striped',
    head: [['Name', 'Kategorie', 'Träger', 'Ort', 'Partnerschaften']],
    body: model.rows.map((r) => [pdfText(r.name), pdfText(r.category), pdfText(r.carrier), pdfText(r.town), String(r.partnerships)]),
    columnStyles: { 0: { cellWidth: 52 }, 4: { halign: 'right', cellWidth: 28 } },
  });
}

/** Footer on every page: project name left, "Seite n von m" right. */
function drawFooters(doc: jsPDF, projectName: string, scenarioName: string | null): void {
  const pages = doc.getNumberOfPages();
  const name: string = doc.setFont('helvetica', 'normal').setFontSize(8).splitTextToSize(pdfText(projectName), WIDTH - 40)[0] ?? '';
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    doc.setDrawColor(190).setLineWidth(0.2).line(MARGIN, PAGE_H - 14, PAGE_W - MARGIN, PAGE_H - 14);
    doc.setFont('helvetica', 'normal').setFontSize(8).setTextColor(70);
    doc.text(name, MARGIN, PAGE_H - 10);
    doc.text(`Seite ${p} von ${pages}`, PAGE_W - MARGIN, PAGE_H - 10, { align: 'right' });
    // A scenario is no status quo: every page says so, in the top margin.
    if (scenarioName !== null) {
      doc.setFont('helvetica', 'bold').setFontSize(8.5).setTextColor(11, 92, 173);
      doc.text(pdfText(`Szenario: ${scenarioName}`), PAGE_W - MARGIN, 8, { align: 'right' });
    }
  }
}

/**
 * Draws the report as an A4 portrait PDF: title, subtitle, map with caption and attribution,
 * key figures, category counts (colour square and name), the institution table (header repeated
 * on each page) and a footer on every page. Uses no DOM, so it runs in the browser and in Node.
 */
export function renderReportPdf(model: ReportModel, mapImage: ReportMapImage | null): Uint8Array {
  const doc = new jsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.setDocumentProperties({ title: model.title, subject: model.subtitle.join(' · '), creator: CREATOR });
  doc.setLanguage('de');

  doc.setFont('helvetica', 'bold').setFontSize(18).setTextColor(20);
  const title: string[] = doc.splitTextToSize(pdfText(model.title), WIDTH);
  doc.text(title, MARGIN, MARGIN + 7);
  let y = MARGIN + 7 + title.length * 7;
  doc.setFont('helvetica', 'normal').setFontSize(10).setTextColor(60);
  for (const line of model.subtitle) {
    doc.text(pdfText(line), MARGIN, y);
    y += 5;
  }
  y += 4;

  if (mapImage) y = drawMap(doc, mapImage, y);
  y = drawFigures(doc, model, y);
  y = drawMethod(doc, model, y);
  y = drawUnderserved(doc, model, y);
  y = drawGaps(doc, model, y);
  y = drawCategories(doc, model, y);
  drawInstitutions(doc, model, y);
  drawFooters(doc, model.projectName, model.scenarioName);
  return new Uint8Array(doc.output('arraybuffer'));
}
