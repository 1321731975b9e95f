#!/usr/bin/python3
"""Writes the rows of a Facet workbook again with XlsxWriter, for a
measurement of the two writers side by side (Debian's python3-xlsxwriter
and python3-openpyxl).

  xlsxwriter_bench.py dump BOOK.xlsx ROWS.jsonl
      reads BOOK.xlsx with openpyxl (not timed) and writes every sheet's
      rows as JSON lines: values, formulas with their cached values,
      dates, number formats, fonts, fills, comments, column widths, panes
      and the Facts table.
  xlsxwriter_bench.py write ROWS.jsonl OUT.xlsx
      writes those rows with XlsxWriter in constant_memory mode: the
      measured run (run it under /usr/bin/time -v). That mode cannot add
      an Excel table; the Facts sheet gets an autofilter over the same
      range instead.
  xlsxwriter_bench.py read ROWS.jsonl
      only reads the JSON lines: what the measured run spends on input,
      to subtract."""
import datetime
import json
import sys


def dump(book, out):
    import openpyxl
    wb = openpyxl.load_workbook(book)  # not read-only: comments and styles
    styles = {}
    with open(out, "w", encoding="utf-8") as f:
        for ws in wb.worksheets:
            head = {"sheet": ws.title, "freeze": ws.freeze_panes,
                    "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.width},
                    "tables": [{"ref": ref, "name": name} for name, ref in ws.tables.items()]}
            f.write(json.dumps(head) + "\n")
            for row in ws.iter_rows():
                cells, notes = [], []
                for c in row:
                    if c.comment is not None:
                        notes.append([c.column - 1, c.comment.text])
                    if c.value is None:
                        continue
                    key = (c.number_format, c.font.color.rgb if c.font.color is not None and isinstance(c.font.color.rgb, str) else None,
                           bool(c.font.b), bool(c.font.i),
                           c.fill.fgColor.rgb if c.fill.fill_type == "solid" and isinstance(c.fill.fgColor.rgb, str) else None)
                    if key not in styles:
                        styles[key] = len(styles)
                        f.write(json.dumps({"style": styles[key], "num_format": key[0], "font_color": key[1],
                                            "bold": key[2], "italic": key[3], "fill": key[4]}) + "\n")
                    v = c.value
                    if c.data_type == "f":
                        cells.append([c.column - 1, "f", v, styles[key]])
                    elif isinstance(v, datetime.datetime):
                        cells.append([c.column - 1, "d", v.isoformat(), styles[key]])
                    elif isinstance(v, (int, float)):
                        cells.append([c.column - 1, "n", v, styles[key]])
                    else:
                        cells.append([c.column - 1, "s", str(v), styles[key]])
                if cells or notes:
                    f.write(json.dumps({"r": row[0].row - 1, "c": cells, "m": notes}) + "\n")


def color(rgb):
    return "#" + rgb[-6:] if rgb else None


def write(rows, out):
    import xlsxwriter
    wb = xlsxwriter.Workbook(out, {"constant_memory": True})
    formats, ws = {}, None
    with open(rows, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if "style" in d:
                props = {"num_format": d["num_format"], "bold": d["bold"], "italic": d["italic"]}
                if d["font_color"]:
                    props["font_color"] = color(d["font_color"])
                if d["fill"]:
                    props["bg_color"] = color(d["fill"])
                formats[d["style"]] = wb.add_format(props)
            elif "sheet" in d:
                ws = wb.add_worksheet(d["sheet"])
                for col, width in d["widths"].items():
                    ws.set_column(col + ":" + col, width)
                if d["freeze"]:
                    ws.freeze_panes(d["freeze"])
                ws.hide_gridlines(2)
                ws.set_landscape()
                ws.fit_to_pages(1, 0)
                for t in d["tables"]:
                    ws.autofilter(t["ref"])
            else:
                r = d["r"]
                for col, kind, v, s in d["c"]:
                    fmt = formats[s]
                    if kind == "f":
                        ws.write_formula(r, col, v, fmt)
                    elif kind == "n":
                        ws.write_number(r, col, v, fmt)
                    elif kind == "d":
                        ws.write_datetime(r, col, datetime.datetime.fromisoformat(v), fmt)
                    else:
                        ws.write_string(r, col, v, fmt)
                for col, text in d["m"]:
                    ws.write_comment(r, col, text, {"x_scale": 3, "y_scale": 3})
    wb.close()


def read(rows):
    n = 0
    with open(rows, encoding="utf-8") as f:
        for line in f:
            json.loads(line)
            n += 1
    print(n, "lines")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    {"dump": lambda: dump(sys.argv[2], sys.argv[3]), "write": lambda: write(sys.argv[2], sys.argv[3]),
     "read": lambda: read(sys.argv[2])}[sys.argv[1]]()
