import assert from 'node:assert/strict';
import { findDefinitions } from '../../src/core/acronyms';
import { acronymGlossary, analyzeDocument, DEFAULT_SEVERITIES, getBundledIndex, lintText, parseMarkdown, resolveConfig } from '../../src/core/index';
import { buildMemoReport } from '../../src/core/report/index';

const index = getBundledIndex();
const config = resolveConfig(DEFAULT_SEVERITIES, { extends: ['policy-lens:review'] });
/** The acronyms acronym-undefined reports in a memo, as written. */
const reported = (text: string) => lintText(text, { index, config }).filter((f) => f.ruleId === 'acronym-undefined').map((f) => text.slice(f.start, f.end));

describe('acronym-undefined: what a use is', () => {
  it('reads a dotted abbreviation followed by a number as a citation of a numbered instrument', () => {
    assert.deepEqual(reported('# Note\n\nThe sanctions rest on E.O. 14024, signed in 2022.\n'), []);
    assert.deepEqual(reported('# Note\n\nThe sanctions rest on E.O. 14024. Another E.O. may follow.\n'), ['E.O']);
  });

  it('reports an acronym the memo also uses as a word at its first use, a designator cited by number included', () => {
    const text = '# Note\n\nAgencies met QZD 24-02 early. Under the QZD, each agency reports twice a year.\n';
    const findings = lintText(text, { index, config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.deepEqual(findings.map((f) => [text.slice(f.start, f.end), f.start]), [['QZD', text.indexOf('QZD 24-02')]]);
    // Only designators: each names a document, and nothing asks for a definition.
    assert.deepEqual(reported('# Note\n\nAgencies met QZD 24-02 and QZD 25-01 early.\n'), []);
    // Defined only after the designator: the reader meets the acronym there, before its definition.
    const later = '# Note\n\nAgencies met QZD 24-02. A Quarterly Zone Directive (QZD) binds them; each QZD lasts a year.\n';
    const [early] = lintText(later, { index, config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.equal(early?.start, later.indexOf('QZD 24-02'));
    assert.match(early?.message ?? '', /defines it only later/);
    assert.equal(early?.fix?.text, 'Quarterly Zone Directive (QZD)');
    // Defined before the designator: nothing to report.
    assert.deepEqual(reported('# Note\n\nA Quarterly Zone Directive (QZD) binds agencies. They met QZD 24-02.\n'), []);
    // The memo's acronym table lists only acronyms used as words.
    const table = acronymGlossary(analyzeDocument(parseMarkdown('# Note\n\nAgencies met QZD 24-02 early.\n'), index));
    assert.equal(table, undefined);
  });

  it('reads a table of U.S. postal codes as places, and a lone code in a table as whatever it is', () => {
    assert.deepEqual(reported('# Note\n\nGrants by state:\n\n| State | Amount |\n| --- | --- |\n| AK | 10.1 |\n| TX | 61.6 |\n| GU | 2.0 |\n'), []);
    assert.deepEqual(reported('# Note\n\nOffices:\n\n| Office | Lead |\n| --- | --- |\n| PA | Jo |\n| Budget | Al |\n'), ['PA']);
    // Two codes are not yet a table of places.
    assert.deepEqual(reported('# Note\n\n| A | B |\n| --- | --- |\n| AK | TX |\n'), ['AK', 'TX']);
  });

  it('reads bold or italic paragraphs at the top, among the headings, as the title block, like a heading', () => {
    const at = (text: string) => lintText(text, { index, config }).filter((f) => f.ruleId === 'acronym-undefined').map((f) => f.start);
    const titled = '**QZR Opens Office**\n\n*The QZR Expands*\n\nThe QZR opened an office.\n';
    assert.deepEqual(at(titled), [titled.indexOf('The QZR opened') + 4]);
    const headed = '# Note\n\n_A QZR story_\n\nThe QZR opened.\n';
    assert.deepEqual(at(headed), [headed.indexOf('The QZR opened') + 4]);
    // A bold lead-in that the paragraph goes on from, bold words within a line, a bold list item: body text.
    for (const body of ['# Note\n\n**QZR opens.** The office is new.\n', '**QZR note** and more **bold**\n\nThe QZR opened.\n', '- **QZR**\n\nThe QZR opened.\n', 'The office opened.\n\n**QZR Opens Office**\n', '**Bottom line: the QZR should act before March.**\n\nThe QZR agrees.\n']) {
      assert.deepEqual(at(body), [body.indexOf('QZR')], body);
    }
  });

  it('reads small Roman numerals as numbers and larger ones, which spell acronyms more often, as acronyms', () => {
    assert.deepEqual(reported('# Note\n\nUnder Title XIV and Phase II, agencies add checks.\n'), []);
    assert.deepEqual(reported('# Note\n\nThe CI pipeline runs each CV check.\n'), ['CI', 'CV']);
    // After a word that numbers parts, a numeral of any size.
    assert.deepEqual(reported('# Note\n\nTitle XLI of the act and Division CC apply.\n'), []);
  });

  it('asks for a designator-only acronym to be defined where the memo writes the series\' name in full before a number too', () => {
    const text = '# Note\n\nUnder Quartz Operational Directive 16-02, agencies used the QOD 15-01 report.\n';
    const [finding] = lintText(text, { index, config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.equal(finding?.start, text.indexOf('QOD'));
    assert.equal(finding?.fix?.text, 'Quartz Operational Directive (QOD)');
    assert.match(finding?.message ?? '', /writes "Quartz Operational Directive" in full/);
    // The name without a number, or no name at all: nothing ties the letters to a series.
    assert.deepEqual(reported('# Note\n\nThe Quartz Operational Directive office used the QOD 15-01 report.\n'), []);
    assert.deepEqual(reported('# Note\n\nAgencies used the QOD 15-01 report.\n'), []);
  });

  it('reads an acronym before a version number as used, and "(ACR 2.1)" after its name as its definition', () => {
    assert.deepEqual(reported('# Note\n\nServices sign in with QZML 2.0 or QZTL v1.3.\n'), ['QZML', 'QZTL']);
    // A document number is still a designator.
    assert.deepEqual(reported('# Note\n\nAgencies met QZD 24-02 and QZC 2119.\n'), []);
    assert.deepEqual(reported('# Note\n\nMeet the Web Content Quartz Guidelines 2.1 (WCQG 2.1). The WCQG applies.\n'), []);
    assert.deepEqual(reported('# Note\n\nMeet the Web Content Quartz Guidelines (WCQG 2.1). The WCQG applies.\n'), []);
  });

  it('reads two acronyms of three capitals or more joined by a slash, one known to the glossary, as two acronyms, and other slashed words as codes', () => {
    assert.deepEqual(reported('# Note\n\nThe OIRA/QZT link is encrypted.\n'), ['OIRA', 'QZT']);
    // Neither known to the glossary: labels or markings.
    assert.deepEqual(reported('# Note\n\nMark each control PASS/FAIL; files are SECRET/NOFORN; the QZS/QZT link.\n'), []);
    // A longer chain, a digit, a small letter, or a part of two letters beside a longer one: a code, a unit or an idiom.
    assert.deepEqual(reported('# Note\n\nThe QZA/QZB/QZC chain, QZ1/QZD, n/QZE, QX/QYZW and QZF/Qzg.\n'), []);
    // With a side of two capitals, both sides must be glossary acronyms of two or three capitals ("CI/CD pipelines");
    // languages, units, grades, sizes, idioms, postal codes and unknown pairs are codes and labels.
    assert.deepEqual(reported('# Note\n\nBuild CI/CD pipelines. See EN/FR versions, MB/GB terms, level AA/AAA, XS/XL, TL/DR, PA/NJ, QX/QY and ON/OFF.\n'), ['CI', 'CD']);
    // A pair that a number or another code follows opens a longer designator: a code.
    assert.deepEqual(reported('# Note\n\nThe OIRA/QZB 17011 norm and the QZC/OIRA JTC 1 committee.\n'), []);
    // Classification markings are ordinary capitals.
    assert.deepEqual(reported('# Note\n\nSECRET/TOP SECRET files stay offline.\n'), []);
    // A glossary acronym written with digits may be one side; digits in an unknown word still make a code.
    assert.deepEqual(reported('# Note\n\nOther W3C/QZW guidelines apply.\n'), ['QZW']);
    assert.deepEqual(reported('# Note\n\nThe QZ3X/QZW pair.\n'), []);
  });

  it('reads a legal form written before a company\'s name as part of the name', () => {
    assert.deepEqual(reported('# Note\n\nProducts of OAO Quartzsky Lab and PJSC “Quartzcom” are banned.\n'), []);
    // Letters the glossary files as an acronym stay one before a capitalised word (AO: an authorizing official).
    assert.deepEqual(reported('# Note\n\nThe system owner briefs the AO Tuesday morning.\n'), ['AO']);
    // Not before a name: an acronym like any other.
    assert.deepEqual(reported('# Note\n\nThe AO said no.\n'), ['AO']);
    // An honorific before a Crown body's name is part of it.
    assert.deepEqual(reported('# Note\n\nHM Quartzguard and HM Treasury met.\n'), []);
  });

  it('reads a possessive in capitals as part of a shouted stretch', () => {
    assert.deepEqual(reported("# Note\n\n[AUTHOR'S NOTE: update this] The plan stands.\n"), []);
    assert.deepEqual(reported('# Note\n\n*RFC EDITOR: please remove this section.*\n'), []);
    assert.deepEqual(reported('# Note\n\nApply every fix EXCEPT: the last, UNLESS told so.\n'), []);
  });

  it('reads a parenthesis of examples that opens with an acronym as a list, not a definition of the words before it', () => {
    assert.deepEqual(reported('# Note\n\nChanges at any level (QZX, Area, etc.) need review. The QZX chair agrees.\n'), ['QZX']);
    assert.deepEqual(reported('# Note\n\nRules for each place (QZX, a region, a city, a town) differ.\n'), ['QZX']);
    // Words that spell it out still define it; one more name after a comma is no list of examples.
    assert.deepEqual(reported('# Note\n\nThe Quartz Zone Exchange (QZX, Area, etc.) met. The QZX agreed.\n'), []);
    assert.deepEqual(reported('# Note\n\nThe Quartzian Exchange (QZX, Treasury and State) agreed. The QZX met.\n'), []);
  });

  it('reads "(ACR or Name)" as defining the acronym, and a currency\'s letters glued to its sign as a code', () => {
    assert.deepEqual(reported('# Note\n\nThe People\'s Quartz Republic (PQR or Quartzia) grew. The PQR trades.\n'), []);
    assert.deepEqual(reported('# Note\n\nAn extra QZ$50.3 billion and QK$ 2 billion.\n'), []);
  });

  it('gives the review report and the memo glossary the first use the rule reports, designators and title blocks included', () => {
    const text = '**QZD Update**\n\nAgencies met QZD 24-02.\n\nLater, the QZD requires more.\n\nOther series: QZW 15-01.\n';
    const analysis = analyzeDocument(parseMarkdown(text), index);
    const [finding] = lintText(text, { index, config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.equal(finding.line, 3);
    const entry = buildMemoReport('memo.md', analysis, []).acronyms.find((row) => row.acronym === 'QZD');
    assert.equal(entry?.firstUseLine, 3);
    // A designator of an acronym never used as a word is listed in neither.
    assert.equal(buildMemoReport('memo.md', analysis, []).acronyms.some((row) => row.acronym === 'QZW'), false);
    assert.doesNotMatch(acronymGlossary(analysis) ?? '', /QZW/);
    assert.match(acronymGlossary(analysis) ?? '', /\| QZD \|/);
  });

  it('reads two letters joined by an ampersand as one acronym: one the glossary knows is reported like any other, another only where the memo defines it after using it', () => {
    assert.deepEqual(reported('# Note\n\nWe fund R&D, study at Texas A&M, shop at H&M and hold a Q&A.\n'), ['R&D']);
    assert.deepEqual(reported('# Note\n\nWe fund Q&Z and hold a Q&A.\n'), []);
    assert.deepEqual(reported('# Note\n\nWe fund Q&Z now. Quartz and zinc (Q&Z) matter.\n'), ['Q&Z']);
    assert.deepEqual(reported('# Note\n\nQuartz and zinc (Q&Z) matter. We fund Q&Z.\n'), []);
    assert.doesNotMatch(acronymGlossary(analyzeDocument(parseMarkdown('# Note\n\nWe hold a Q&A and fund the QZR.\n'), index)) ?? '', /Q&A/);
  });

  it('reads capitals joined by an ampersand among their neighbours: in a company name or a shouted stretch they are no acronym', () => {
    assert.deepEqual(reported('# Note\n\nIt is a subsidiary of Zeta Q&Z Co., Ltd now.\n'), []);
    assert.deepEqual(reported('# Note\n\nTHE Q&Z PLAN IS HERE.\n'), []);
  });

  it('reads an acronym in a parenthesis inside another as a source tag, defined only by words that spell it out', () => {
    assert.deepEqual(reported('# Note\n\nSee the guide (Data toolkit (Statistics Canada (QZC))) for more.\n'), ['QZC']);
    assert.deepEqual(reported('# Note\n\nThe body (see the Quartz Zinc Rule (QZR)) applies. The QZR binds.\n'), []);
    // Not nested: a capitalised name before the parenthesis still defines it.
    assert.deepEqual(reported('# Note\n\nThe Statistics Canada (QZC) office met. The QZC agreed.\n'), []);
  });

  it('reads a glossary acronym after a title or a person\'s name it does not stand for as a tag of who made it or where they work', () => {
    assert.deepEqual(reported('# Note\n\nRead [Guidance on Shared Vocabularies (W3C)](https://example.org/v) first.\n'), ['W3C']);
    assert.deepEqual(reported('# Note\n\nPresent:\n\n* Alex Moreno (GDS)\n* Sam Ito (GDS)\n'), ['GDS']);
    // The glossary's name, whole, run on past its end, or cut by a list's commas, still defines it.
    assert.deepEqual(reported('# Note\n\nThe World Wide Web Consortium (W3C) agreed. The W3C met.\n'), []);
    assert.deepEqual(reported('# Note\n\nThe Government Digital Service in the Cabinet Office (GDS) agreed. GDS met.\n'), []);
    assert.deepEqual(reported('# Note\n\nThe Commerce, Justice, Science, and Related Agencies (CJS) bill passed. The CJS bill grew.\n'), []);
    // A name with the letters among its initials gives the glossary's acronym another meaning here.
    assert.deepEqual(reported('# Note\n\nThe Maple Syrup Fair Trading Act (MSA; 7 U.S.C. 1) applies. The MSA binds.\n'), []);
  });

  it('reads a short title in parentheses, other acronyms and a bill number in it, as defining its acronym', () => {
    assert.deepEqual(reported('# Note\n\nThe Quartz Zinc Resilience Act (QZR AI Act; H.R. 12) passed. The QZR AI Act binds.\n'), []);
  });

  it('reads a quoted acronym, in the plural too, before the words that spell it out as defined', () => {
    assert.deepEqual(reported('# Note\n\nKnown as “QZRS” (Quartz Zinc Response Squad), they met. The QZRS agreed.\n'), []);
    assert.deepEqual(reported('# Note\n\nKnown as "QZR" (Quartz Zinc Registry), it grew. The QZR met.\n'), []);
    // A CamelCase word opening the words in parentheses starts a name, not an acronym of its own.
    assert.deepEqual(reported('# Note\n\n**QZIM** (QuartzZinc Identified Mail) signs mail. QZIM works.\n'), []);
  });

  it('reads a company\'s legal form in capitals right after its name as part of the name, and alone as an acronym', () => {
    assert.deepEqual(reported('# Note\n\n1. Quartz Data Monitor LLC; series 12.\n'), []);
    assert.deepEqual(reported('# Note\n\nThe supplier, Zinc Works PLC, agreed.\n'), []);
    assert.deepEqual(reported('# Note\n\nAn LLC may file. It did.\n'), ['LLC']);
  });

  it('reads an acronym written in other case as the same acronym, defined once', () => {
    assert.deepEqual(reported('# Note\n\nThey signed a Memorandum of Understanding (MOU). The MoU binds.\n'), []);
    assert.deepEqual(reported('# Note\n\nThey signed [Memorandums of Understanding (MoUs)](https://example.org/m). These MoUs bind.\n'), []);
    assert.deepEqual(reported('# Note\n\nThey signed a Quartz Zone Pact (QZP). The QzP binds.\n'), []);
    assert.deepEqual(reported('# Note\n\nThe QzP binds. The QZP too.\n'), ['QzP']);
  });

  it('reports an acronym used only inside quotations at its first quoted use, with no fix, and otherwise the writer\'s own first use', () => {
    const only = '# Note\n\nSee “How the USTR Sets Tariffs,” a report.\n';
    const [finding] = lintText(only, { index, config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.equal(only.slice(finding.start, finding.end), 'USTR');
    assert.equal(finding.fix, undefined);
    assert.match(finding.message, /in your own words/);
    // Used in the writer's own words too: that use is the first one, and it gets the fix.
    const own = '# Note\n\nSee “How the USTR Sets Tariffs,” a report. The USTR agreed.\n';
    const [ownFinding] = lintText(own, { index, config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.equal(ownFinding.start, own.lastIndexOf('USTR'));
    assert.notEqual(ownFinding.fix, undefined);
    // Defined in the writer's own words after the quotation: nothing to report.
    assert.deepEqual(reported('# Note\n\nSee “Notes on the QZV Desk”. The Quartz Zinc Venture (QZV) agreed.\n'), []);
    // The report and the glossary list the quoted use only where it is the only one.
    const analysis = analyzeDocument(parseMarkdown(own), index);
    const line = (text: string) => buildMemoReport('memo.md', analyzeDocument(parseMarkdown(text), index), []).acronyms.find((row) => row.acronym === 'USTR')?.firstUseLine;
    assert.equal(line(only), 3);
    assert.equal(line('# Note\n\nSee “How the USTR Sets Tariffs,” a report.\n\nThe USTR agreed.\n'), 5);
    assert.match(acronymGlossary(analysis) ?? '', /\| USTR \|/);
  });

  it('keeps the readings of this round from a review: designators in quotations, short titles, ranges, legal forms, tags', () => {
    // A document cited by number inside a quoted title is a designator, asking for no definition.
    assert.deepEqual(reported('# Note\n\nRead “Lessons From QZD 24-02 Audits” first.\n'), []);
    // A short title with other acronyms defines only where the words before spell it out.
    assert.deepEqual(reported('# Note\n\nAgencies track known flaws (QZC KEV Catalog) daily. The QZC updates it.\n'), ['QZC']);
    // Numbers joined by a dash after a word that names no series are a range: what follows is a unit.
    assert.deepEqual(reported('# Note\n\nSessions run Tuesday 9-11 ET; output stays in Band 10-20 GW.\n'), []);
    // A legal form in capitals after a single capitalised word is a word: an attorney general, a kind of company.
    assert.deepEqual(reported('# Note\n\nThe Texas AG sued. A Delaware LLC may file.\n'), ['AG', 'LLC']);
    // An acronym tagging a person is reported with no fix, which would nest a parenthesis, and the name is no expansion.
    const tagged = '# Note\n\nPresent: Alex Moreno (GDS) and Sam Ito (GDS).\n';
    const [finding] = lintText(tagged, { index, config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.equal(finding.start, tagged.indexOf('GDS'));
    assert.equal(finding.fix, undefined);
    assert.doesNotMatch(finding.message, /Sam Ito/);
    // An everyday word before the tag is no part of the glossary's name.
    assert.deepEqual(reported('# Note\n\nAt the government meeting, Alex Moreno (GDS) spoke. GDS agreed.\n'), ['GDS']);
    // Unquoted, a final S is a letter of the acronym.
    assert.deepEqual(reported('# Note\n\nThe QZS (Quartz Zinc) fund met. The QZS grew.\n'), ['QZS']);
    // No fix inside a short quotation either; a quoted acronym alone is the writer's own word, and gets one.
    const fixOf = (text: string) => lintText(text, { index, config }).find((f) => f.ruleId === 'acronym-undefined')?.fix;
    assert.equal(fixOf('# Note\n\nThey called it “USTR rules” and left.\n'), undefined);
    assert.notEqual(fixOf('# Note\n\nThe “USTR” acts.\n'), undefined);
  });

  it('joins a glossary acronym and capitals after an ampersand into one acronym (OT&E beside OT)', () => {
    assert.deepEqual(reported('# Note\n\nThe Army plans Initial Operational Test and Evaluation (OT&E) in 2027. The OT&E ends.\n'), []);
    assert.deepEqual(reported('# Note\n\nThe OT&E ends. Then OT systems run.\n'), ['OT&E', 'OT']);
  });

  it('reads a table\'s total label and a link placeholder in capitals as words', () => {
    assert.deepEqual(reported('# Note\n\n| Region | Tons |\n| --- | --- |\n| North | 4 |\n| TOTAL | 4 |\n\nSee \\[LINK\\] for more.\n'), []);
  });

  it('still reads an abbreviation that ends a sentence before a number as an acronym', () => {
    assert.deepEqual(reported('# Note\n\nThe board asked the QZV. 2025 was a hard year.\n'), ['QZV']);
  });

  it('gives another acronym filed under an allowed entry its own first use', () => {
    // IETF is allowed by default; the IAB and the IESG are other bodies the glossary lists under it.
    assert.deepEqual(reported('# Note\n\nThe IETF chartered the group; the IAB objected.\n'), ['IAB']);
    assert.deepEqual(reported('# Note\n\nThe Internet Architecture Board (IAB) objected, and the IAB wrote to the IETF.\n'), []);
    // A definition of IETF does not define IESG.
    assert.deepEqual(reported('# Note\n\nThe Internet Engineering Task Force (IETF) met; the IESG approved.\n'), ['IESG']);
  });

  it('lists such an acronym in the memo glossary by its own letters and meaning', () => {
    const table = acronymGlossary(analyzeDocument(parseMarkdown('# Note\n\nThe IETF met and the IRTF listened.\n'), index)) ?? '';
    assert.match(table, /\| IRTF \| Internet Research Task Force \|/);
    assert.doesNotMatch(table, /\| IETF \| Internet Research/);
  });

  it('reads a glossary acronym written with digits among its capitals as an acronym, not a code', () => {
    assert.deepEqual(reported('# Note\n\nThe W3C and the C2PA publish standards.\n'), ['W3C', 'C2PA']);
    assert.deepEqual(reported('# Note\n\nThe World Wide Web Consortium (W3C) publishes standards; the W3C met.\n'), []);
    // One capital among digits is a series name or a code; capitals and digits the glossary does not know are a code.
    assert.deepEqual(reported('# Note\n\nThe G7, the G20, 5G networks, H100 chips and CO2 output.\n'), []);
  });

  it('reads an expansion in quotes before the parenthesis as a definition', () => {
    assert.deepEqual(reported('# Note\n\nAgencies hold “quarterly zone exports” (QZX) data; the QZX grows.\n'), []);
    assert.deepEqual(reported('# Note\n\nAgencies hold "quarterly zone exports" (QZX) data; the QZX grows.\n'), []);
    // Quoted words that do not spell the acronym out are a quotation, not its expansion.
    assert.deepEqual(reported('# Note\n\nHe said "no" (QZN) and the QZN later agreed. The sign read “Keep Out” (QZM); the QZM stayed.\n'), ['QZN', 'QZM']);
    // The quotation is the expansion: its words, not the words before it.
    const [definition] = findDefinitions('Agencies hold "quarterly zone exports" (QZX) data.', () => undefined);
    assert.equal(definition.expansion, 'quarterly zone exports');
  });

  it('reads a word in braces as a template placeholder or reference key, not an acronym', () => {
    assert.deepEqual(reported('# Note\n\nAs {{QZVA}} shows, fill in {DATE} and {QZV} before sending. The QZV will read it.\n'), ['QZV']);
    // kramdown-rfc's reference with an alias: "{{?ALIAS=RFC1234}}".
    assert.deepEqual(reported('# Note\n\nThe transport {{?QZT=RFC1234}} and {{!QZX=I-D.ietf-qzx}} are cited.\n'), []);
    // A brace alone on one side is no placeholder.
    assert.deepEqual(reported('# Note\n\nThe QZV } is odd.\n'), ['QZV']);
  });

  it('reads two acronyms in one parenthesis as both defined by the name before it', () => {
    assert.deepEqual(reported('# Note\n\nThe Quarter-to-Quarter Zone Exchange Offices (Q2Q ZEOs) report. The Q2Q data and the ZEOs grow.\n'), []);
    // A list of acronyms with commas defines none of them by itself.
    assert.deepEqual(reported('# Note\n\nSeveral bodies (QZA, QZB) met; the QZA acts.\n'), ['QZA', 'QZB']);
  });

  it('reads a bracketed key that the reference list has an entry for as a citation, and any other bracketed acronym as a use', () => {
    const references = '\n\n## References\n\n| [QZXF] | Quarterly Zone Exchange Format, draft 9 |\n| --- | --- |\n';
    assert.deepEqual(reported(`# Note\n\nThe flow follows section 2 of [QZXF].${references}`), []);
    assert.deepEqual(reported(`# Note\n\nThe flow follows section 2 of \\[QZXF\\].${references}`), []);
    assert.deepEqual(reported('# Note\n\nThe flow follows [QZXF].\n\n[QZXF]  Quarterly Zone Exchange Format, draft 9.\n'), []);
    // Without an entry, a bracketed acronym is the writer's own (an editorial insertion): a use, to define.
    assert.deepEqual(reported('# Note\n\nThe agency [QZA] shall act, and the QZA will report.\n'), ['QZA']);
    assert.deepEqual(reported('# Note\n\nThe flow follows [QZXF].\n'), ['QZXF']);
    // A link definition is no reference entry, nor is an entry inside code, nor a line of prose that opens with the bracket.
    assert.deepEqual(reported('# Note\n\nThe flow follows [QZXF].\n\n[QZXF]: https://example.org/qzx\n'), ['QZXF']);
    assert.deepEqual(reported('# Note\n\nThe flow follows [QZXF].\n\n```\n| [QZXF] | Quarterly Zone Exchange Format |\n```\n'), ['QZXF']);
    assert.deepEqual(reported('# Note\n\nThe order says that the agency\n[QZA] shall act, and the [QZA] will report.\n'), ['QZA']);
  });

  it('reads capitals joined by an ampersand as one acronym, defined and used whole', () => {
    assert.deepEqual(reported('# Tracking Sheet of Open Risks (TSOR&Q)\n\nEach team files a TSOR&Q weekly.\n'), []);
    assert.deepEqual(reported('# Note\n\nEach team files a TSOR&Q weekly.\n'), ['TSOR&Q']);
    // The glossary's POA&M, plural, reported whole.
    const text = '# Note\n\nKeep the POA&Ms current.\n';
    const [finding] = lintText(text, { index, config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.equal(text.slice(finding.start, finding.end), 'POA&Ms');
  });

  it('reads spellings of one glossary acronym that differ in joiners or a final s as the same acronym, defined once', () => {
    assert.deepEqual(reported('# Note\n\nEach plan of action and milestones (POA&M) is tracked. Update the POAM monthly.\n'), []);
    assert.deepEqual(reported('# Note\n\nThe Agreement on Trade-Related Investment Measures (TRIMs) applies. The TRIMS text is short.\n'), []);
    // Other letters filed under the same entry are still another acronym to define (IRTF under IETF).
    assert.deepEqual(reported('# Note\n\nThe Internet Engineering Task Force (IETF) met. The IRTF did too.\n'), ['IRTF']);
  });

  it('reads a document series glued to a year in parentheses as a document number', () => {
    assert.deepEqual(reported('# Note\n\nThe strategy, SWX(2021) 44 final, set the aims.\n'), []);
    assert.deepEqual(reported('# Note\n\nThe SWX (a working paper) set the aims.\n'), []);
    assert.deepEqual(reported('# Note\n\nThe SWX set the aims.\n'), ['SWX']);
  });

  it('reads a legal form written as a word as part of a company name', () => {
    assert.deepEqual(reported('# Note\n\nThe audit was done by Flusswerk GmbH in Bremen.\n'), []);
  });
});

describe('definitions whose letters a greedy walk misaligns', () => {
  const found = (text: string) => findDefinitions(text, () => undefined).map((d) => [d.acronym, d.expansion]);
  it('finds "ACR (Expansion)" when the expansion\'s initials are the letters', () => {
    // e, e, c, c: walked from the right, the first "e" lands inside "Electronic"; the initials still match.
    assert.deepEqual(found('EECC (European Electronic Communications Code) applies.'), [['EECC', 'European Electronic Communications Code']]);
    assert.deepEqual(reported('# Note\n\n| law | note |\n| --- | --- |\n| 2018/1972 | EECC (European Electronic Communications Code) |\n'), []);
  });

  it('keeps every word of "Expansion (ACR)" whose initials are the letters', () => {
    assert.deepEqual(found('The European Electronic Communications Code (EECC) applies.'), [['EECC', 'European Electronic Communications Code']]);
    assert.deepEqual(found('The Office of Tidal Energy Review (OTER) met.'), [['OTER', 'Office of Tidal Energy Review']]);
  });
});

describe('acronym-undefined: batch 7 structures (definitions, codes and names)', () => {
  it('files the definition of a glossary alias written like an acronym under the same entry as its uses', () => {
    // The glossary lists "LoA" as another name of the term "level of assurance"; uses of LOA are filed under that term.
    assert.deepEqual(reported('# Note\n\nEach service gets one overall level of assurance (LOA) and the LOA is reviewed yearly.\n'), []);
    // A use before the definition is still reported, with the definition pointed at.
    assert.deepEqual(reported('# Note\n\nThe LOA is reviewed yearly.\n\nEach service gets one level of assurance (LOA).\n'), ['LOA']);
    // Never defined: reported.
    assert.deepEqual(reported('# Note\n\nThe LOA is reviewed yearly.\n'), ['LOA']);
  });

  it('reads capitals joined by an en dash or a non-breaking hyphen, with no space, as one code, as with a hyphen', () => {
    assert.deepEqual(reported('# Note\n\nThe Q–QZR protocol, rule QZ\u201106 and the QZP-QZR link apply.\n'), []);
    // A dash with spaces around it separates clauses; the capitals either side are still read.
    assert.deepEqual(reported('# Note\n\nThe rule applies – QZR agrees.\n'), ['QZR']);
  });

  it('reads capitals joined to a word by a colon without a space as a code or marking', () => {
    assert.deepEqual(reported('# Note\n\nThe circular is marked QZP:AMBER and goes to members only.\n'), []);
    // A colon followed by a space ends a label; the capitals before it are still read.
    assert.deepEqual(reported('# Note\n\nQZP: members only.\n'), ['QZP']);
    assert.deepEqual(reported('# Note\n\nScope: the QZP applies.\n'), ['QZP']);
  });

  it('reads a reference key in square brackets after a title as defining its last acronym', () => {
    assert.deepEqual(reported('# Note\n\nIt adds to the *Harbour Levy Code* [[MERW HLC]](#hlc) and its annexes.\n'), ['MERW']);
    assert.deepEqual(reported('# Note\n\nIt adds to the Harbour Levy Code [MERW HLC]. The HLC applies.\n'), ['MERW']);
    // A key whose words do not spell the acronym out before it defines nothing.
    assert.deepEqual(reported('# Note\n\nIt adds to the code [MERW HLC] and its annexes.\n'), ['MERW', 'HLC']);
  });

  it('does not ask for the RSA algorithm to be spelled out', () => {
    assert.deepEqual(reported('# Note\n\nSigning keys are RSA keys of at least 3072 bits.\n'), []);
  });
});

describe('acronym-undefined: batch 8 structures (one entry for two bodies, names that are not titles)', () => {
  it('gives each acronym filed under an entry for two bodies its own first use and definition', () => {
    // The glossary files CEN and CENELEC under one entry, "CEN and CENELEC"; they are two bodies, two acronyms.
    assert.deepEqual(reported('# Note\n\nCEN drafted the text, and CENELEC reviewed it later.\n'), ['CEN', 'CENELEC']);
    assert.deepEqual(reported('# Note\n\nThe European Committee for Standardization (CEN) drafted it; CENELEC reviewed it.\n'), ['CENELEC']);
    // The same acronym is still used once and defined once.
    assert.deepEqual(reported('# Note\n\nThe European Committee for Standardization (CEN) drafted it; CEN will revise it.\n'), []);
  });

  it('reads a name that joins two such acronyms with a slash or hyphen as both, each at its own position', () => {
    const text = '# Note\n\nAs asked, CEN/CENELEC WG 9 sent comments.\n';
    const findings = lintText(text, { index, config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.deepEqual(findings.map((f) => [text.slice(f.start, f.end), f.start]), [['CEN', text.indexOf('CEN/')], ['CENELEC', text.indexOf('CENELEC')]]);
    // Inside a longer glossary name too, where each part alone would read as a code ("MP-06").
    assert.deepEqual(reported('# Note\n\nThe CEN-CENELEC JTC 13 met.\n'), ['CEN', 'CENELEC']);
    // Both defined earlier: the joined name is no new acronym.
    assert.deepEqual(reported('# Note\n\nThe European Committee for Standardization (CEN) and the European Committee for Electrotechnical Standardization (CENELEC) met. CEN/CENELEC agreed.\n'), []);
    // Defined together, as the joined name: both parts are defined.
    assert.deepEqual(reported('# Note\n\nThe European standards bodies (CEN-CENELEC) met. Later CEN/CENELEC agreed.\n'), []);
  });

  it('reads the joined name with any joiner the glossary\'s names allow, and only as far as the glossary knows it', () => {
    assert.deepEqual(reported('# Note\n\nThe CEN\u2013CENELEC standards apply.\n'), ['CEN', 'CENELEC']);
    assert.deepEqual(reported('# Note\n\nThe CEN/CENELEC-based standards apply.\n'), ['CEN', 'CENELEC']);
  });

  it('keeps an entry\'s own joined acronym, and a name with a part that is no acronym, as one', () => {
    // ML and DSA, CERT and EU are glossary acronyms too, but ML-DSA and CERT-EU are entries of their own.
    assert.deepEqual(reported('# Note\n\nThe ML-DSA scheme signs.\n'), ['ML-DSA']);
    assert.deepEqual(reported('# Note\n\nThe CERT-EU team warned.\n'), ['CERT-EU']);
    assert.deepEqual(reported('# Note\n\nThe O-RAN rollout began.\n'), ['O-RAN']);
    // Written with a space, as the glossary's alias of the joint body is.
    assert.deepEqual(reported('# Note\n\nStandards from CEN CENELEC and the QZX apply.\n'), ['CEN', 'CENELEC', 'QZX']);
  });

  it('reads a definition\'s expansion through dotted initials ("the U.S. Trade Representative (USTR)"), not from after them', () => {
    const text = '# Note\n\nUSQTR staff met. Later the U.S. Quartz Trade Representative (USQTR) spoke.\n';
    const [finding] = lintText(text, { index, config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.equal(text.slice(finding.start, finding.end), 'USQTR');
    assert.equal(finding.fix?.text, 'U.S. Quartz Trade Representative (USQTR)');
    // Where the letters need no initials before them, the nearest words that spell them out are still the expansion.
    const nearest = '# Note\n\nQTR staff met. They met in the U.S. Quartz Trade Representative (QTR) offices.\n';
    assert.equal(lintText(nearest, { index, config }).find((f) => f.ruleId === 'acronym-undefined')?.fix?.text, 'Quartz Trade Representative (QTR)');
  });

  it('offers a part its own meaning, never the joined name\'s expansion, when the joined name is defined only later', () => {
    const text = '# Note\n\nCEN drafted it. Later the European Committee for Standardization and European Committee for Electrotechnical Standardization (CEN-CENELEC) met.\n';
    const [finding] = lintText(text, { index, config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.equal(text.slice(finding.start, finding.end), 'CEN');
    assert.match(finding.message, /"European Committee for Standardization \(CEN\)"/);
    assert.match(finding.message, /defines it only later/);
    assert.equal(finding.fix?.text, 'European Committee for Standardization (CEN)');
  });

  it('counts a definition of the joined name as the definition of each part in the memo glossary and the review report', () => {
    const text = '# Note\n\nThe European standards bodies (CEN-CENELEC) met. Later CEN/CENELEC agreed.\n';
    const analysis = analyzeDocument(parseMarkdown(text), index);
    // The writer's words spell out the pair, so CEN takes the glossary's meaning; none there spells CENELEC out.
    const table = acronymGlossary(analysis) ?? '';
    assert.match(table, /\| CEN \| European Committee for Standardization \|/);
    assert.match(table, /\| CENELEC \| \*\(add the expansion\)\* \|/);
    assert.doesNotMatch(table, /European standards bodies/);
    const acronyms = buildMemoReport('memo.md', analysis, []).acronyms.filter((entry) => entry.acronym === 'CEN' || entry.acronym === 'CENELEC');
    assert.deepEqual(acronyms.map((entry) => [entry.acronym, entry.definedAtLine]), [['CEN', 3], ['CENELEC', 3]]);
  });

  it('never offers another acronym as the spelled-out form of one', () => {
    const text = '# Note\n\nCEN drafted the text.\n';
    const [finding] = lintText(text, { index, config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.doesNotMatch(finding.message, /"CENELEC \(CEN\)"/);
    assert.match(finding.message, /European Committee for Standardization \(CEN\)/);
  });

  it('reads capitals in a name filed under a law as an acronym unless the name is written as an instrument\'s title', () => {
    // "EUDI Wallet" is filed under the regulation that creates the wallet, but it names the wallet, not the law.
    assert.deepEqual(reported('# Note\n\nResidents may keep a diploma in the EUDI Wallet app.\n'), ['EUDI']);
    assert.deepEqual(reported('# Note\n\nThe European Digital Identity (EUDI) Wallet holds diplomas. The EUDI Wallet is free.\n'), []);
    // A law's title keeps its capitals as words of the title.
    assert.deepEqual(reported('# Note\n\nThe HSR Act sets a waiting period.\n'), []);
    assert.deepEqual(reported('# Note\n\nThe CHIPS and Science Act funds new plants.\n'), []);
  });

  it('reads "ACR – Qualifier Spelled Out" as a definition when the letters are the initials of the words after the first', () => {
    // A legend where every item repeats a leading word ("Survey Unit", "Survey Review Board").
    assert.deepEqual(reported('# Note\n\nThe levels:\n\n- **RB** – Survey Review Board\n- **SU** – Survey Unit\n\nEach RB reads what each SU sends.\n'), []);
    // Only a name in Title Case: words in small letters after the first are a description, not the name.
    assert.deepEqual(reported('# Note\n\nThe levels:\n\n- **RB** – Survey review board\n\nEach RB meets.\n'), ['RB']);
    assert.deepEqual(reported('# Note\n\nThe XY, New York office, met.\n'), ['XY']);
  });

  it('lists an acronym filed under an entry that is not itself an acronym by its own letters and the name that spells it out', () => {
    const table = acronymGlossary(analyzeDocument(parseMarkdown('# Note\n\nCEN wrote the draft; CENELEC checked it.\n'), index)) ?? '';
    assert.match(table, /\| CEN \| European Committee for Standardization \|/);
    assert.match(table, /\| CENELEC \|/);
    assert.doesNotMatch(table, /\| CEN and CENELEC \|/);
  });
});

describe('acronym-undefined: from the second review of the 2026-12-03 changes', () => {
  const at = (text: string) => lintText(text, { index, config }).filter((f) => f.ruleId === 'acronym-undefined');

  it('ties a two-letter series to its name in full only where the glossary gives that name', () => {
    const text = '# Note\n\nAgencies met EO 14028. Executive Order 14110 followed.\n';
    assert.deepEqual(at(text).map((f) => text.slice(f.start, f.end)), ['EO']);
    assert.deepEqual(reported('# Note\n\nSee Figure 2 for the timeline. Applicants then complete SF 424.\n'), []);
  });

  it('offers the series name as the memo writes it', () => {
    const [finding] = at('# Note\n\nAgencies met QOD 15-01. Quartz Operational Directive 16-02 followed.\n');
    assert.equal(finding?.fix?.text, 'Quartz Operational Directive (QOD)');
  });

  it('keeps titles that end with a question, an exclamation or dotted initials in the title block', () => {
    for (const title of ['**Is the QZR Ready?**', '**QZR Opens!**', '**QZR Trade Talks with the U.S.**']) {
      assert.deepEqual(reported(`${title}\n\nThe Quartz Zinc Registry (QZR) opened.\n`), [], title);
    }
  });

  it('reads postal codes per column, with a total row of a well-known acronym, and ends a table at a blank quoted line', () => {
    assert.deepEqual(reported('# Note\n\n| State | Amount |\n| --- | --- |\n| AK | 10.1 |\n| TX | 61.6 |\n| GU | 2.0 |\n| US | 73.7 |\n'), []);
    assert.deepEqual(reported('# Note\n\n| S | C |\n| --- | --- |\n| AK | QF |\n| TX | QF |\n| GU | QN |\n'), ['QF', 'QN']);
    assert.deepEqual(reported('# Note\n\n> | A |\n> | --- |\n> | AK |\n>\n> | B |\n> | --- |\n> | TX |\n>\n> | C |\n> | --- |\n> | GU |\n'), ['AK', 'TX', 'GU']);
  });

  it('keeps a free-worded definition inside a longer parenthesis, and reads the en dash to U.S. as a relation', () => {
    assert.deepEqual(reported('# Note\n\nThe rule (see the dedicated microcontroller (QCU) spec) applies. The QCU runs.\n'), []);
    assert.deepEqual(reported('# Note\n\nThe QZR–U.S. talks resumed.\n'), ['QZR']);
  });

  it('reads a Roman numeral of any size as a number only after a legal part word, and a spaced name of one body as one use', () => {
    assert.deepEqual(reported('# Note\n\nThe Stage CI pipeline runs.\n'), ['CI']);
    assert.deepEqual(reported('# Note\n\nThe NATO DIANA program funds startups.\n'), []);
  });
});

describe('acronym-undefined: dev batches 33 to 38 structures', () => {
  it('reads an acronym beside a requirement key word (BCP 14) as an acronym, not as shouted capitals', () => {
    assert.deepEqual(reported('# Note\n\nThe QZB MAY refuse. The WKR MUST NOT stop.\n'), ['QZB', 'WKR']);
    // A stretch of capitals with another word in it is still shouted.
    assert.deepEqual(reported('# Note\n\nTHE QZB MAY REFUSE.\n'), []);
  });

  it('reads a slashed pair at a sentence\'s end or before a compound\'s hyphen as two acronyms', () => {
    assert.deepEqual(reported('# Note\n\nOperators spoke in the IETF/QZRF. Blocking is HTTP/QZN-based.\n'), ['QZRF', 'QZN']);
    // No fix before a compound's hyphen: the expansion would land inside the compound.
    const compound = lintText('# Note\n\nBlocking is HTTP/SNI-based.\n', { index, config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.deepEqual(compound.map((f) => f.fix), [undefined]);
    // A dot, colon or hyphen that joins on to more letters or digits still makes a code.
    assert.deepEqual(reported('# Note\n\nRun IETF/QZRF.v2 and HTTP/QZN-PSK.\n'), []);
  });

  it('reads an acronym with its version glued on as a use of the acronym, with no fix that would split the word', () => {
    const text = '# Note\n\nServers must disable QZPv2 at once.\n';
    const findings = lintText(text, { index, config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.deepEqual(findings.map((f) => [text.slice(f.start, f.end), f.fix]), [['QZP', undefined]]);
    // Two capitals name a protocol family (IPv6); a capital V is no glued version.
    assert.deepEqual(reported('# Note\n\nWe route QZv6 and QZPV2 traffic.\n'), []);
    // The name and its version, then the glued form, define the acronym.
    assert.deepEqual(reported('# Note\n\nThe Quiet Zone Protocol Version 2 (QZPv2) is used. QZP is fine.\n'), []);
  });

  it('reads IT between words in lower case as information technology, and in shouted capitals as the word "it"', () => {
    const text = '# Note\n\nThe IT team met.\n';
    const [finding] = lintText(text, { index, config }).filter((f) => f.ruleId === 'acronym-undefined');
    assert.equal(finding?.fix?.text, 'information technology (IT)');
    assert.deepEqual(reported('# Note\n\nMAKE IT SO. IT IS DONE.\n'), []);
    // Beside a requirement key word, IT is still the word "it".
    assert.deepEqual(reported('# Note\n\nThe vendor agrees that IT MUST NOT disclose the data.\n'), []);
  });

  it('reads TBD, a template\'s placeholders in capitals and a topic\'s letters as what they are', () => {
    assert.deepEqual(reported('# Note\n\n| Tool | Owner |\n| --- | --- |\n| Statuspage | TBD |\n'), []);
    assert.deepEqual(reported('# Note\n\nReply to **EMAIL** no later than **TIME** on **DATE**.\n'), []);
    assert.deepEqual(reported('# Note\n\nTopic AA covers payments; Topic QZ is next.\n'), []);
  });

  it('reads "(Open RAN)" after the words that spell RAN out as its definition', () => {
    assert.deepEqual(reported('# Note\n\nWe back open quiet zone network (Open QZN) now. Open QZN grows.\n'), []);
    assert.deepEqual(reported('# Note\n\nWe back it (Open QZN) now.\n'), ['QZN']);
  });

  it('reads capitals after a number hyphened on to a word as an acronym, not a unit ("K-12 IT staff")', () => {
    assert.deepEqual(reported('# Note\n\nTrain K-12 QZT staff. It costs 12 EUR.\n'), ['QZT']);
  });

  it('reads "Co" hyphened on to a word ("Co-Chair") as no legal form ending a company name', () => {
    assert.deepEqual(reported('# Note\n\nThe meeting heard QZC Director Ann Lee (Council Co-Chair) first.\n'), ['QZC']);
    assert.deepEqual(reported('# Note\n\nWe met QZX Holdings Co. today.\n'), []);
  });

  it('reads capitals after a grade word as a grade only where the word stands alone and the capitals are no plural', () => {
    assert.deepEqual(reported('# Note\n\nWe need system-level QZIs now. WCAG level AA applies. Tier B is fine.\n'), ['QZIs', 'WCAG']);
  });

  it('reads a glossary acronym slashed to a word in small letters as a use, and a path as a code', () => {
    assert.deepEqual(reported('# Note\n\nName the Section 508 standards/WCAG criterion violated.\n'), ['WCAG']);
    assert.deepEqual(reported('# Note\n\nSee api/CISA/v2 and docs/WCAG.md today.\n'), []);
  });

  it('reads a capital V version after an acronym as the version of what it names, not a designator', () => {
    assert.deepEqual(reported('# Note\n\nThe board reviewed QZDS V1.1 today.\n'), ['QZDS']);
  });
});
