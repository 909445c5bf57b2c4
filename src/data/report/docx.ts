/**
 * The report as an editable Word file (.docx): the same model as the PDF, with the map as an
 * image and every table as a real Word table, so planners can paste it into their Bedarfsplan.
 * The docx writer loads with this module, on first use.
 */
import { AlignmentType, Document, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { CREDITS_LINE } from '../../domain/attribution';
import type { ReportModel } from './model';
import { CREATOR, MAP_CAPTION, type ReportMapImage } from './common';

const FONT = 'Calibri';
/** Text width of A4 with 2 cm margins, in pixels at 96 dpi (docx sizes images in pixels). */
const TEXT_WIDTH_PX = 642;

const text = (t: string, bold = false, size?: number) => new TextRun({ text: t, bold, font: FONT, size });
const para = (t: string, options: { bold?: boolean; size?: number; after?: number } = {}) => new Paragraph({ children: [text(t, options.bold, options.size)], spacing: { after: options.after ?? 80 } });
const heading = (t: string) => new Paragraph({ text: t, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } });

/** A Word table: a bold header row (repeated on each page) and the body; `right` lists the columns aligned right (numbers). */
function table(head: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): Table {
  const cell = (t: string, col: number, bold: boolean) =>
    new TableCell({ children: [new Paragraph({ children: [text(t, bold, 18)], alignment: right.includes(col) ? AlignmentType.RIGHT : AlignmentType.LEFT })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, c) => cell(h, c, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v, c) => cell(v, c, false)) })),
    ],
  });
}

function dataUrlBytes(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const bin = atob(base64);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** Renders the report model as .docx bytes (works in the browser and in Node). */
export async function renderReportDocx(model: ReportModel, mapImage: ReportMapImage | null): Promise<Uint8Array> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
    ...model.subtitle.map((s) => para(s)),
  ];
  if (mapImage) {
    const jpeg = /^data:image\/jpe?g;/i.test(mapImage.dataUrl);
    const height = Math.round((TEXT_WIDTH_PX * mapImage.height) / mapImage.width);
    body.push(
      new Paragraph({ children: [new ImageRun({ type: jpeg ? 'jpg' : 'png', data: dataUrlBytes(mapImage.dataUrl), transformation: { width: TEXT_WIDTH_PX, height }, altText: { name: MAP_CAPTION, description: `${MAP_CAPTION}: ${model.title}`, title: MAP_CAPTION } })] }),
      para(MAP_CAPTION, { size: 18 }),
      para(CREDITS_LINE, { size: 14, after: 200 }),
    );
  }
  const scenario = model.scenarioName !== null;
  body.push(heading('Kennzahlen'), table(scenario ? ['Kennzahl', 'Bestand', `Szenario ${model.scenarioName}`] : ['Kennzahl', 'Wert'], model.figures.map((f) => [f.label, f.value, ...(scenario ? [f.scenario ?? ''] : [])]), scenario ? [1, 2] : [1]));
  for (const n of model.notes) body.push(para(n, { size: 16 }));
  if (model.method.length > 0) body.push(heading('Methode'), ...model.method.map((m) => para(m, { size: 18 })));
  if (model.underserved) {
    const u = model.underserved;
    body.push(heading(`Unterversorgte Gemeinden: ${u.who} ${u.unit === 'min' ? `mehr als ${u.km} min Fahrzeit zum` : `weiter als ${u.km} km vom`} nächsten Zentrum`));
    body.push(u.rows.length === 0 ? para(`Keine Gemeinde mit ${u.who} ${u.unit === 'min' ? 'mit mehr als' : 'weiter als'} ${u.km} ${u.unit}.`) : table(['Gemeinde', `${u.unit === 'min' ? 'mehr als' : 'weiter als'} ${u.km} ${u.unit}`, 'gesamt', 'Anteil versorgt', u.unit === 'min' ? 'mittlere Fahrzeit' : 'mittlere Entfernung', 'nächstes Zentrum'], u.rows.map((g) => [g.name, g.people, g.total, g.share, g.mean, g.nearest]), [1, 2, 3, 4]));
  }
  if (model.gaps) {
    const g = model.gaps;
    body.push(heading('Netzwerklücken'), para(g.intro), table(['Dem nächsten Zentrum fehlt als Partner', 'Menschen', 'Kinder unter 15'], g.rows.map((r) => [r.kind, r.people, r.children]), [1, 2]));
    if (g.centres.length > 0) body.push(heading('Zentren mit fehlenden Partnerarten'), table(['Zentrum', 'versorgt', 'fehlende Arten', 'nächste Kandidaten'], g.centres.map((c) => [c.name, c.served, c.missing, c.nearest]), [1]));
  }
  body.push(heading('Einrichtungen nach Kategorie'), table(['Kategorie', 'Anzahl'], model.categories.map((c) => [c.name, String(c.count)]), [1]));
  body.push(heading(`Einrichtungen im Gebiet (${model.rows.length})`));
  body.push(model.rows.length === 0 ? para('Keine Einrichtungen im Gebiet.') : table(['Name', 'Kategorie', 'Träger', 'Ort', 'Partnerschaften'], model.rows.map((r) => [r.name, r.category, r.carrier, r.town, String(r.partnerships)]), [4]));

  const doc = new Document({
    creator: CREATOR,
    title: model.title,
    description: model.subtitle.join(' · '),
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [{
      properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
      headers: { default: new Header({ children: scenario ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(`Szenario: ${model.scenarioName}`, true, 17)] })] : [] }) },
      footers: { default: new Footer({ children: [new Paragraph({ children: [text(`${model.projectName} · Seite `, false, 16), new TextRun({ children: [PageNumber.CURRENT], size: 16, font: FONT }), text(' von ', false, 16), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, font: FONT })] })] }) },
      children: body,
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
