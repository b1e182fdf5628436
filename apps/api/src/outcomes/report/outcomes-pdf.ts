import type { Language, OutcomeReportExport } from '@concordia/contracts';
import PDFDocument from 'pdfkit';
import type { Writable } from 'node:stream';
import { markdownToText } from './markdown-text';
import { CHOICE_LABELS, DECISION_LABELS, formatDate, reportText } from './report-labels';
import { citizensText, committeeText, followUpText } from './report-text';
import { winAnsiSafe } from './winansi';

const MARGIN = 56;
const BODY = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const MONO = 'Courier';
const INK = '#1a1a1a';
const MUTED = '#555555';

/**
 * The outcome report as a real PDF, drawn with PDFKit's built-in Helvetica (WinAnsi: every French
 * letter, no font file to ship; see winansi.ts). Every chart of the page has its table here: the
 * PDF is the tables. Page numbers are written once all pages exist (buffered pages).
 */
export function writeOutcomesPdf(report: OutcomeReportExport, language: Language, out: Writable): void {
  const scale = report.consultation.gradeScale;
  const title = `${reportText(language, 'reportTitle')} — ${report.consultation.title}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: language === 'fr' ? 'fr-FR' : 'en-GB',
    displayTitle: true,
    info: {
      Title: winAnsiSafe(title),
      Author: 'Concordia',
      Subject: winAnsiSafe(report.consultation.summary),
      CreationDate: new Date(report.generatedAt),
    },
  });
  doc.pipe(out);
  const text = (value: string, options: PDFKit.Mixins.TextOptions = {}) => doc.text(winAnsiSafe(value), options);
  const width = doc.page.width - 2 * MARGIN;

  doc.fillColor(MUTED).font(BODY).fontSize(10);
  text(`Concordia — ${reportText(language, 'reportTitle')}`);
  doc.moveDown(0.5).fillColor(INK).font(BOLD).fontSize(20);
  text(report.consultation.title);
  doc.moveDown(0.3).font(BODY).fontSize(11).fillColor(MUTED);
  text(reportText(language, 'publishedOn', { date: formatDate(report.publishedAt, language) }));
  if (report.consultation.summary) {
    doc.moveDown(0.5).fillColor(INK);
    text(report.consultation.summary);
  }

  heading(doc, reportText(language, 'synthesis'), 16);
  subheading(doc, reportText(language, 'decisions'));
  table(
    doc,
    [reportText(language, 'decision'), reportText(language, 'count')],
    report.synthesis.decisions.map((d) => [DECISION_LABELS[d.decision][language], String(d.count)]),
    width,
  );
  subheading(doc, reportText(language, 'participation'));
  const p = report.synthesis.participation;
  table(
    doc,
    [reportText(language, 'participation'), reportText(language, 'count')],
    [
      [reportText(language, 'participants'), String(p.participants)],
      [reportText(language, 'ballots'), String(p.ballots)],
      [reportText(language, 'proposals'), String(p.proposals)],
      [reportText(language, 'comments'), String(p.comments)],
    ],
    width,
  );

  heading(doc, reportText(language, 'recommendations'), 16);
  for (const item of report.items) {
    if (doc.y > doc.page.height - MARGIN - 140) doc.addPage();
    doc.moveDown(0.8).font(BOLD).fontSize(13).fillColor(INK);
    text(`#${item.proposal.ref} — ${item.proposal.title}`);
    doc.moveDown(0.2);
    field(doc, reportText(language, 'decision'), DECISION_LABELS[item.decision][language]);
    field(doc, reportText(language, 'citizens'), citizensText(item.citizens, language));
    field(doc, reportText(language, 'committee'), committeeText(item.committee.tally, language, scale));
    if (item.committee.ballots.length > 0) {
      doc.font(BOLD).fontSize(10);
      text(
        `${reportText(language, 'committeeBallots')}${item.committee.publication === 'anonymous' ? ` (${reportText(language, 'anonymous')})` : ''} :`,
      );
      doc.font(BODY).fontSize(9.5);
      for (const ballot of item.committee.ballots) {
        const choice =
          ballot.kind === 'recusal'
            ? CHOICE_LABELS.recusal[language]
            : ballot.choice
              ? CHOICE_LABELS[ballot.choice][language]
              : gradeWord(ballot.grade, scale, language);
        doc.text(winAnsiSafe(`• ${ballot.member ? `${ballot.member} — ` : ''}${choice} : ${ballot.reason}`), MARGIN + 10, undefined, {
          width: width - 10,
        });
      }
      doc.x = MARGIN;
    }
    block(doc, reportText(language, 'opinion'), markdownToText(item.opinion));
    if (item.amendedText) block(doc, reportText(language, 'amendedText'), markdownToText(item.amendedText));
    if (item.decision === 'adopted' || item.decision === 'adopted_with_amendments')
      field(doc, reportText(language, 'followUp'), followUpText(item.followUp, language));
    doc.font(BOLD).fontSize(9).fillColor(MUTED);
    text(`${reportText(language, 'fingerprint')} :`);
    doc.font(MONO).fontSize(8.5);
    text(item.fingerprint.value);
    doc.fillColor(INK);
  }

  heading(doc, reportText(language, 'verification'), 13);
  doc.font(BODY).fontSize(9.5).fillColor(INK);
  text(reportText(language, 'verificationText'));

  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index++) {
    doc.switchToPage(range.start + index);
    // Writing in the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(BODY).fontSize(8).fillColor(MUTED);
    doc.text(winAnsiSafe(reportText(language, 'page', { page: index + 1, pages: range.count })), MARGIN, doc.page.height - 36, {
      width,
      align: 'center',
    });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
}

function gradeWord(
  grade: number | 'no_opinion' | null,
  scale: readonly { value: number; fr: string; en: string }[],
  language: Language,
): string {
  if (grade === 'no_opinion') return language === 'fr' ? 'Sans avis' : 'No opinion';
  return scale.find((g) => g.value === grade)?.[language] ?? String(grade ?? '');
}

function heading(doc: PDFKit.PDFDocument, title: string, size: number): void {
  if (doc.y > doc.page.height - MARGIN - 100) doc.addPage();
  doc.moveDown(1.2).font(BOLD).fontSize(size).fillColor(INK).text(winAnsiSafe(title), MARGIN);
  doc.moveDown(0.3);
}

function subheading(doc: PDFKit.PDFDocument, title: string): void {
  doc.moveDown(0.6).font(BOLD).fontSize(11).fillColor(INK).text(winAnsiSafe(title), MARGIN);
  doc.moveDown(0.2);
}

function field(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc
    .font(BOLD)
    .fontSize(10)
    .fillColor(INK)
    .text(winAnsiSafe(`${label} : `), MARGIN, undefined, { continued: true });
  doc.font(BODY).text(winAnsiSafe(value));
}

function block(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc
    .moveDown(0.3)
    .font(BOLD)
    .fontSize(10)
    .fillColor(INK)
    .text(winAnsiSafe(`${label} :`), MARGIN);
  doc.font(BODY).fontSize(10).text(winAnsiSafe(value), MARGIN, undefined, { paragraphGap: 2 });
}

/** A two-column table with ruled rows: the data table beside each chart of the page. */
function table(doc: PDFKit.PDFDocument, header: [string, string], rows: string[][], width: number): void {
  const first = width * 0.7;
  const draw = (cells: string[], bold: boolean) => {
    if (doc.y > doc.page.height - MARGIN - 30) doc.addPage();
    const y = doc.y;
    doc
      .font(bold ? BOLD : BODY)
      .fontSize(10)
      .fillColor(INK);
    doc.text(winAnsiSafe(cells[0]), MARGIN, y, { width: first - 8 });
    const after = doc.y;
    doc.text(winAnsiSafe(cells[1]), MARGIN + first, y, { width: width - first, align: 'right' });
    doc.y = Math.max(after, doc.y) + 3;
    doc
      .moveTo(MARGIN, doc.y - 1)
      .lineTo(MARGIN + width, doc.y - 1)
      .lineWidth(0.5)
      .strokeColor('#bbbbbb')
      .stroke();
    doc.y += 2;
  };
  draw(header, true);
  for (const row of rows) draw(row, false);
  doc.x = MARGIN;
}
