# Converts one file of the ProfAmiot/crs-reports archive (crsreports.congress.gov pages saved as Markdown)
# into the evaluation set's Markdown: metadata header as a Pandoc title block or TOML front matter, site
# chrome removed, headings, tables and footnotes restored. Text is not changed.
#   python3 crs-to-markdown.py SOURCE.md OUT.md pandoc|toml
import re, sys
src, dst, flavour = sys.argv[1], sys.argv[2], sys.argv[3]
lines = open(src, encoding='utf-8').read().split('\n')
title = lines[0].lstrip('# ').strip()
meta = {}
i = 1
while not lines[i].startswith('---'):
    m = re.match(r'\*\*(.+?):\*\*\s*(.*)', lines[i])
    if m: meta[m.group(1)] = m.group(2).strip()
    i += 1
text = '\n'.join(lines)
authors = re.search(r'\*\*Authors?:\*\*\s*\|\s*(.+?)\s*$', text, re.M)
authors = authors.group(1).strip() if authors else 'Congressional Research Service'
# body starts after the [Listen](...)Title Updated ... (ID) line
start = next(k for k, l in enumerate(lines) if l.startswith('[Listen]('))
body = lines[start + 1:]
out = []
k = 0
def is_heading(idx):
    l = body[idx].strip()
    if not l or len(l) > 90 or l[0] in '|-[*_!#>' or re.search(r'[.:;,?]$', l) or not l[0].isupper(): return False
    prev = body[idx-1].strip() if idx > 0 else ''
    nxt = body[idx+1].strip() if idx + 1 < len(body) else ''
    return prev == '' and nxt == '' and len(l.split()) <= 12
while k < len(body):
    l = body[k]
    if l.startswith('|'):
        block = []
        if re.match(r'\|\s*Figure \d', l):
            while k < len(body) and body[k].strip():
                block.append(body[k]); k += 1
            cap = [b.strip('| ').strip() for b in block if b.strip('| ').strip()]
            out.append('*' + ' — '.join(cap) + '*')
            continue
        while k < len(body) and body[k].startswith('|'):
            block.append(body[k]); k += 1
        first = block[0].strip('| ').strip()
        if re.match(r'(Figure|Table) \d', first) and (len(block) == 1 or all(b.count('|') == 1 for b in block)):
            # figure placeholder or box caption: keep its text as an italic caption paragraph
            cap = [b.strip('| ').strip() for b in block if b.strip('| ').strip()]
            out.append('*' + ' — '.join(cap) + '*')
            continue
        if len(block) == 1 and block[0].count('|') == 1:
            out.append('### ' + first)
            continue
        rows = [b.rstrip() for b in block]
        rows = [r if r.endswith('|') else r + ' |' for r in rows]
        cols = rows[0].count('|') - 1
        out.append(rows[0]); out.append('|' + ' --- |' * cols)
        out.extend(rows[1:])
        continue
    if re.match(r'(Table|Figure) \d+\.', l.strip()):
        out.append('**' + l.strip() + '**')
    elif is_heading(k):
        out.append('## ' + l.strip())
    else:
        out.append(l.rstrip())
    k += 1
body_text = re.sub(r'\n{3,}', '\n\n', '\n'.join(out)).strip() + '\n'
# Long reports repeat the title before an in-page table of contents: both are page chrome.
if '\n## Introduction' in body_text and body_text.startswith(title):
    body_text = body_text[body_text.index('## Introduction'):]
# The footnote table ("| 1. | text |") becomes a numbered list.
if '# Footnotes' in body_text:
    top, notes = body_text.split('# Footnotes', 1)
    kept = []
    for l in notes.split('\n'):
        m = re.match(r'\|\s*(\d+)\.\s*\|\s*(.*?)\s*\|?\s*$', l)
        if m: kept.append(f'{m.group(1)}. {m.group(2)}')
        elif not l.startswith('| ---'): kept.append(l)
    body_text = top + '# Footnotes' + '\n'.join(kept)
# The closing disclaimer is indented in the page; indented it would read as a code block.
body_text = re.sub(r'^ +(Disclaimer:|These documents were prepared)', r'\1', body_text, flags=re.M)
date = meta.get('Publication Date', '')
if flavour == 'pandoc':
    head = f"% {title}\n% {authors}\n% {date}\n\n"
else:
    head = (f'+++\ntitle = "{title}"\nproduct_type = "{meta.get("Product Type","")}"\nreport_number = "{meta.get("Report No.","")}"\n'
            f'version = "{meta.get("Version","")}"\npublication_date = "{date}"\nauthors = "{authors}"\nsource = "{meta.get("Source","")}"\n+++\n\n')
open(dst, 'w', encoding='utf-8').write(head + f'# {title}\n\n' + body_text)
