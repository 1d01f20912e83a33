#!/usr/bin/env python3
"""Makes the importer's fixtures: each *.fixture here becomes a .docx (Word
2007+, with python-docx) and an .odt (LibreOffice, with odfpy) laid out as
the original report would be: headings, paragraphs, Word's own bulleted and
numbered lists, tables with merged header cells, photos inside paragraphs.
Also encrypted.docx (the Karaganda report with a password, msoffcrypto-tool)
and encrypted.odt (the parts LibreOffice writes for a document with a
password: a manifest with `encryption-data`, and content that is no XML).

    pip install python-docx==1.2.0 odfpy==1.4.1 msoffcrypto-tool==5.4.2
    python3 tests/import/make_fixtures.py

The .fixture markup, one block a line: `# ` and `## ` headings; `- ` a
bulleted and `1. ` a numbered list item (the number is Word's to make); lines
of `| cell | cell |` a table (`>N` at the end of a cell spans N columns);
`{img:name.png}` at the end of a paragraph puts a photo in it; any other
line is a paragraph. Running it again gives the same documents, though not
the same bytes (the libraries write ids and times of their own).
"""
import io
import os
import struct
import zlib
from pathlib import Path

import docx
import docx.shared
from odf import draw, opendocument, style, table, text

HERE = Path(__file__).resolve().parent


def png(rgb):
    """An 8×8 PNG of one colour, made here so no photo is committed."""
    raw = b"".join(b"\x00" + bytes(rgb) * 8 for _ in range(8))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def blocks(path):
    """The fixture as ("h1"|"h2"|"p"|"bullet"|"number", text, image) and ("table", rows)."""
    out, rows = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("|"):
            cells = []
            for cell in line.strip().strip("|").split("|"):
                cell = cell.strip()
                span = 1
                if " >" in cell or cell.startswith(">"):
                    cell, _, n = cell.rpartition(">")
                    cell, span = cell.strip(), int(n)
                cells.append((cell, span))
            rows.append(cells)
            continue
        if rows:
            out.append(("table", rows))
            rows = []
        if not line.strip():
            continue
        image = None
        if line.endswith("}") and "{img:" in line:
            line, _, image = line.rpartition("{img:")
            line, image = line.rstrip(), image[:-1]
        for prefix, kind in (("## ", "h2"), ("# ", "h1"), ("- ", "bullet"), ("1. ", "number")):
            if line.startswith(prefix):
                out.append((kind, line[len(prefix):], image))
                break
        else:
            out.append(("p", line, image))
    if rows:
        out.append(("table", rows))
    return out


def colour(name):
    return [(zlib.crc32(name.encode()) >> s) & 0xFF for s in (0, 8, 16)]


def write_docx(items, dest):
    d = docx.Document()
    d.core_properties.author = "letopis"
    d.core_properties.created = d.core_properties.modified = __import__("datetime").datetime(2024, 1, 15)
    for item in items:
        kind = item[0]
        if kind == "table":
            rows = item[1]
            width = max(sum(s for _, s in r) for r in rows)
            t = d.add_table(rows=len(rows), cols=width)
            t.style = "Table Grid"
            for r, cells in enumerate(rows):
                c = 0
                for value, span in cells:
                    cell = t.cell(r, c)
                    if span > 1:
                        cell = cell.merge(t.cell(r, c + span - 1))
                    cell.text = value
                    c += span
            continue
        _, body, image = item
        if kind in ("h1", "h2"):
            d.add_heading(body, level=1 if kind == "h1" else 2)
            continue
        styles = {"bullet": "List Bullet", "number": "List Number", "p": None}
        p = d.add_paragraph(body, style=styles[kind])
        if image:
            p.add_run(" ").add_picture(io.BytesIO(png(colour(image))), width=docx.shared.Cm(2))
    d.save(dest)


def write_odt(items, dest):
    d = opendocument.OpenDocumentText()
    bullets = text.ListStyle(name="Bullets")
    bullets.addElement(text.ListLevelStyleBullet(level=1, bulletchar="•"))
    numbers = text.ListStyle(name="Numbers")
    numbers.addElement(text.ListLevelStyleNumber(level=1, numformat="1", numsuffix="."))
    d.automaticstyles.addElement(bullets)
    d.automaticstyles.addElement(numbers)
    lists = {"bullet": bullets, "number": numbers}
    open_list = None
    for n, item in enumerate(items):
        kind = item[0]
        if kind not in lists:
            open_list = None
        if kind == "table":
            rows = item[1]
            width = max(sum(s for _, s in r) for r in rows)
            t = table.Table(name=f"Table{n}")
            t.addElement(table.TableColumn(numbercolumnsrepeated=width))
            for cells in rows:
                tr = table.TableRow()
                for value, span in cells:
                    attrs = {"numbercolumnsspanned": span} if span > 1 else {}
                    tc = table.TableCell(valuetype="string", **attrs)
                    tc.addElement(text.P(text=value))
                    tr.addElement(tc)
                    for _ in range(span - 1):
                        tr.addElement(table.CoveredTableCell())
                t.addElement(tr)
            d.text.addElement(t)
            continue
        _, body, image = item
        if kind in ("h1", "h2"):
            d.text.addElement(text.H(outlinelevel=1 if kind == "h1" else 2, text=body))
            continue
        p = text.P(text=body)
        if image:
            href = d.addPicture(f"Pictures/{image}", "image/png", png(colour(image)))
            frame = draw.Frame(width="2cm", height="2cm", anchortype="as-char", name=image)
            frame.addElement(draw.Image(href=href))
            p.addElement(frame)
        if kind in lists:
            if open_list is None or open_list[0] != kind:
                open_list = (kind, text.List(stylename=lists[kind]))
                d.text.addElement(open_list[1])
            li = text.ListItem()
            li.addElement(p)
            open_list[1].addElement(li)
        else:
            d.text.addElement(p)
    d.save(str(dest))


def main():
    for src in sorted(HERE.glob("*.fixture")):
        items = blocks(src)
        write_docx(items, src.with_suffix(".docx"))
        write_odt(items, src.with_suffix(".odt"))
    import msoffcrypto.format.ooxml

    import zipfile

    with zipfile.ZipFile(HERE / "encrypted.odt", "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2024, 1, 15, 0, 0, 0)), "application/vnd.oasis.opendocument.text")
        manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                    '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                    'manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data '
                    'manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>')
        z.writestr(zipfile.ZipInfo("META-INF/manifest.xml", (2024, 1, 15, 0, 0, 0)), manifest)
        z.writestr(zipfile.ZipInfo("content.xml", (2024, 1, 15, 0, 0, 0)), bytes(range(256)))
    plain = io.BytesIO((HERE / "karaganda-2023.docx").read_bytes())
    with open(HERE / "encrypted.docx", "wb") as out:
        msoffcrypto.format.ooxml.OOXMLFile(plain).encrypt("letopis", out)


if __name__ == "__main__":
    os.chdir(HERE)
    main()
