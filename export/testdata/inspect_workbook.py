#!/usr/bin/python3
"""Reads a workbook with openpyxl, a reader independent of the one that
wrote it, and prints what a test needs to judge it as JSON: each sheet's
panes, view, print setup, tables, and its cells (type, value or formula,
number format, font, fill, comment). The Facts sheet gives only its first
rows: it is checked whole elsewhere.

usage: inspect_workbook.py BOOK.xlsx"""
import json
import sys

import openpyxl


def color(c):
    if c is None or c.rgb is None or not isinstance(c.rgb, str):
        return ""
    return c.rgb.upper()


def main(path):
    wb = openpyxl.load_workbook(path)
    out = {"sheets": wb.sheetnames, "sheet": {}, "names": {}}
    # openpyxl 3.0 keeps workbook names in a list; sheet-scoped ones
    # (print areas and titles) carry a localSheetId
    for dn in wb.defined_names.definedName:
        if dn.localSheetId is None:
            out["names"][dn.name] = [{"sheet": s, "range": r} for s, r in dn.destinations]
    for ws in wb.worksheets:
        ps = ws.page_setup
        info = {
            "freeze": ws.freeze_panes,
            "gridlines": ws.sheet_view.showGridLines,
            "orientation": ps.orientation,
            "fitToWidth": ps.fitToWidth,
            "fitToHeight": ps.fitToHeight,
            "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
            "printTitleRows": ws.print_title_rows,
            "printTitleCols": ws.print_title_cols,
            "tables": {name: ref for name, ref in ws.tables.items()},
            "dimensions": ws.dimensions,
            "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.width},
            "rowOutline": {str(r): d.outlineLevel for r, d in ws.row_dimensions.items() if d.outlineLevel},
            "colOutline": {k: v.outlineLevel for k, v in ws.column_dimensions.items() if v.outlineLevel},
            "summaryBelow": ws.sheet_properties.outlinePr.summaryBelow if ws.sheet_properties.outlinePr else None,
            "cells": [],
        }
        limit = 12 if ws.title == "Facts" else None
        for row in ws.iter_rows(max_row=limit):
            for c in row:
                if c.value is None:
                    continue
                v = c.value
                if hasattr(v, "isoformat"):
                    v = v.isoformat()
                info["cells"].append({
                    "ref": c.coordinate, "row": c.row, "col": c.column,
                    "type": c.data_type, "value": v if isinstance(v, (int, float, str)) else str(v),
                    "isDate": c.is_date, "format": c.number_format,
                    "color": color(c.font.color), "bold": bool(c.font.b), "italic": bool(c.font.i),
                    "fill": color(c.fill.fgColor) if c.fill and c.fill.fill_type == "solid" else "",
                    "comment": c.comment.text if c.comment else "",
                })
        out["sheet"][ws.title] = info
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
