import { DOMParser, onWarningStopParsing, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { schemaOrderProblems } from './test-schema-order';

/**
 * Test helper: what would make PowerPoint refuse or "repair" a .pptx, as a list of problems (empty
 * when none). LibreOffice opens such files without a word, so the deck tests check them here:
 * - every XML part is well-formed;
 * - `[Content_Types].xml` gives every part a content type (a Default by extension or an
 *   Override by name), names no part that is missing, and gives the parts that relationships
 *   point at the content type their relationship expects;
 * - every relationship (but external links) points at a part that exists, and every `r:id` a part
 *   uses is one of its relationships;
 * - in chart parts, the children of the elements pptxgenjs and finish-deck.ts write come in the
 *   schema's order (test-schema-order.ts); so do the DrawingML shape and text properties in
 *   slides, layouts, masters and notes (PresentationML's own elements are not encoded);
 * - the same for an embedded package (a chart's workbook), whose problems are named
 *   `ppt/embeddings/x.xlsx!/xl/...`.
 */

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PML = 'application/vnd.openxmlformats-officedocument.presentationml';
const SML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Parts whose chart and DrawingML elements are checked against the schema's order. */
const DRAWING_PARTS = /^ppt\/(charts|slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/;

/** The content type a relationship's target must have, by the relationship type's last segment. */
const TARGET_TYPES: Readonly<Record<string, (contentType: string, target: string) => boolean>> = {
  slide: (type) => type === `${PML}.slide+xml`,
  slideLayout: (type) => type === `${PML}.slideLayout+xml`,
  slideMaster: (type) => type === `${PML}.slideMaster+xml`,
  notesSlide: (type) => type === `${PML}.notesSlide+xml`,
  notesMaster: (type) => type === `${PML}.notesMaster+xml`,
  theme: (type) => type === 'application/vnd.openxmlformats-officedocument.theme+xml',
  chart: (type) => type === 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  image: (type) => type.startsWith('image/'),
  package: (type, target) => !target.endsWith('.xlsx') || type === `${SML}.sheet`,
  worksheet: (type) => type === `${SML}.worksheet+xml`,
  sharedStrings: (type) => type === `${SML}.sharedStrings+xml`,
};

/**
 * What xmldom lets through that XML 1.0 forbids: characters outside `Char` (control characters,
 * lone surrogates), a `&` that starts no reference, and `]]>` outside a CDATA section.
 */
const textProblems = (xml: string): string[] => {
  const problems: string[] = [];
  const bad = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(xml);
  if (bad)
    problems.push(
      `has the character U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}, which XML does not allow`,
    );
  const markup = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, '');
  if (/&(?!(?:[A-Za-z_:][\w.:-]*|#\d+|#x[\dA-Fa-f]+);)/.test(markup))
    problems.push('has a bare "&" (not escaped as &amp;)');
  if (markup.includes(']]>')) problems.push('has "]]>" outside a CDATA section');
  return problems;
};

const parseXml = (xml: string): { doc: Document } | { error: string } => {
  const problems = textProblems(xml);
  if (problems.length > 0) return { error: problems.join('; ') };
  try {
    // Any warning or error stops parsing: PowerPoint does not guess at broken XML either.
    return { doc: new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'application/xml') };
  } catch (error) {
    return { error: error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error) };
  }
};

const elements = (root: Element): Element[] => {
  const out: Element[] = [];
  const stack = [root];
  for (let element = stack.pop(); element; element = stack.pop()) {
    out.push(element);
    for (const node of Array.from(element.childNodes)) if (node.nodeType === 1) stack.push(node as Element);
  }
  return out;
};

const childElements = (root: Element, localName: string): Element[] =>
  Array.from(root.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).localName === localName,
  );

/** `ppt/slides/_rels/slide1.xml.rels` → `ppt/slides/slide1.xml`; `_rels/.rels` → `` (the package). */
const sourceOfRels = (rels: string): string | null => {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
  return match ? `${match[1] ?? ''}${match[2] ?? ''}` : null;
};

/** A relationship's target as a part name (no leading slash), resolved against its source's folder. */
const resolveTarget = (source: string, target: string): string => {
  const folder = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  return decodeURIComponent(new URL(target, `http://package/${folder}`).pathname).slice(1);
};

const extensionOf = (part: string): string => {
  const name = part.slice(part.lastIndexOf('/') + 1);
  return name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
};

/** Every problem in an OPC package (a .pptx, or an .xlsx inside one); `where` prefixes each. */
export const packageProblems = async (file: Uint8Array, where = ''): Promise<string[]> => {
  const zip = await JSZip.loadAsync(file);
  const names = Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name);
  const problems: string[] = [];
  const report = (part: string, problem: string): void => void problems.push(`${where}${part}: ${problem}`);
  const read = (part: string): Promise<string> => zip.file(part)?.async('string') ?? Promise.resolve('');

  const typesXml = names.includes('[Content_Types].xml') ? await read('[Content_Types].xml') : null;
  const types = typesXml === null ? null : parseXml(typesXml);
  if (types === null || 'error' in types) {
    report('[Content_Types].xml', types === null ? 'is missing' : `is not well-formed: ${types.error}`);
    return problems;
  }
  // Part names compare case-insensitively (OPC); the content types part is not a part.
  const parts = new Map(
    names.filter((name) => name !== '[Content_Types].xml').map((name) => [name.toLowerCase(), name]),
  );
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  const typesRoot = types.doc.documentElement;
  for (const entry of typesRoot ? childElements(typesRoot, 'Default') : []) {
    const extension = (entry.getAttribute('Extension') ?? '').toLowerCase();
    if (defaults.has(extension)) report('[Content_Types].xml', `has two Defaults for "${extension}"`);
    defaults.set(extension, entry.getAttribute('ContentType') ?? '');
  }
  for (const entry of typesRoot ? childElements(typesRoot, 'Override') : []) {
    const partName = (entry.getAttribute('PartName') ?? '').replace(/^\//, '');
    const key = partName.toLowerCase();
    if (overrides.has(key)) report('[Content_Types].xml', `has two Overrides for /${partName}`);
    overrides.set(key, entry.getAttribute('ContentType') ?? '');
    if (!parts.has(key)) report('[Content_Types].xml', `has an Override for /${partName}, which is not in the package`);
  }
  const contentTypeOf = (part: string): string | undefined =>
    overrides.get(part.toLowerCase()) ?? defaults.get(extensionOf(part));

  // Well-formed XML, by content type or by name.
  const docs = new Map<string, Document>();
  for (const part of parts.values()) {
    const contentType = contentTypeOf(part);
    if (contentType === undefined)
      report(part, 'has no content type (no Override for it, no Default for its extension)');
    const isXml = /[+/]xml$/.test(contentType ?? '') || /\.(xml|rels)$/i.test(part);
    if (!isXml) continue;
    const parsed = parseXml(await read(part));
    if ('error' in parsed) report(part, `is not well-formed: ${parsed.error}`);
    else docs.set(part, parsed.doc);
  }

  // Relationships: every internal target exists and has the content type its relationship expects.
  const relationshipIds = new Map<string, Set<string>>();
  for (const [part, doc] of docs) {
    const source = sourceOfRels(part);
    if (source === null || !doc.documentElement) continue;
    if (source !== '' && !parts.has(source.toLowerCase()))
      report(part, `holds relationships of ${source}, which is not in the package`);
    const ids = new Set<string>();
    relationshipIds.set(source.toLowerCase(), ids);
    for (const relationship of childElements(doc.documentElement, 'Relationship')) {
      const id = relationship.getAttribute('Id') ?? '';
      const type = relationship.getAttribute('Type') ?? '';
      const target = relationship.getAttribute('Target') ?? '';
      if (ids.has(id)) report(part, `has two relationships with the Id "${id}"`);
      ids.add(id);
      if (relationship.getAttribute('TargetMode') === 'External') continue;
      const resolved = resolveTarget(source, target);
      const found = parts.get(resolved.toLowerCase());
      if (found === undefined) {
        report(part, `${id} points at ${target}, which is not in the package`);
        continue;
      }
      const expected = TARGET_TYPES[type.slice(type.lastIndexOf('/') + 1)];
      const contentType = contentTypeOf(found) ?? '';
      if (type.startsWith(`${RELATIONSHIPS}/`) && expected && !expected(contentType, found)) {
        report(
          part,
          `${id} (${type.slice(type.lastIndexOf('/') + 1)}) points at ${found}, whose content type is "${contentType}"`,
        );
      }
    }
  }

  // Every r:id (r:embed, r:link, …) a part uses is one of its relationships.
  for (const [part, doc] of docs) {
    if (sourceOfRels(part) !== null || !doc.documentElement) continue;
    const ids = relationshipIds.get(part.toLowerCase()) ?? new Set<string>();
    for (const element of elements(doc.documentElement)) {
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.namespaceURI === RELATIONSHIPS && attribute.value !== '' && !ids.has(attribute.value)) {
          report(
            part,
            `${attribute.name}="${attribute.value}" on <${element.tagName}> is not one of its relationships`,
          );
        }
      }
    }
  }

  // Charts, and the DrawingML shapes and text in slides, layouts, masters and notes: children in the schema's order.
  for (const [part, doc] of docs) {
    if (!DRAWING_PARTS.test(part) || !doc.documentElement) continue;
    for (const problem of schemaOrderProblems(doc.documentElement)) report(part, problem);
  }

  // An embedded package (a chart's workbook) is checked the same way.
  for (const part of parts.values()) {
    if (!/\.(xlsx|docx|pptx)$/i.test(part)) continue;
    const inner = (await zip.file(part)?.async('uint8array')) ?? new Uint8Array();
    try {
      problems.push(...(await packageProblems(inner, `${where}${part}!/`)));
    } catch (error) {
      report(part, `is not a readable package: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
};
