package parse

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func addSampleSeeds(f *testing.F) {
	paths, _ := filepath.Glob("../testdata/samples/*.txt")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data[:min(len(data), 4000)])
	}
	for _, s := range []string{
		"Revenue was RMB18 35,400,000 this quarter, of which public cloud were RMB1159,500,000.",
		"ofRMB628.4million(US86.1 million)in2024,withgrossprofitmarginimprovingfrom12.1238.2 million)",
		"(previous year: EUR 117.6 million and 9.2%) guidance of $1.82 to $1.83 billion; 7.5 - 8.5%",
		"R&B $183.1 million −5.2% ＲＭＢ１２３ <b>RMB&nbsp;1</b> «» \u2028 [154]−Basic",
		"For FY '22, we expect free cash flow to be at least $4.5 billion. Q4 FY21 2Q23 9M 2025 H1'24",
		"'s Second Quarter 2021 Earnings Call. Our Utility segment reported revenue of $5 million.",
		"Marine segment revenue was $5 million.", // a segment named by the text's first word
		"EBITDA was four thousand two hundred and fifteen crores, forty two point one five billion rupees, Rs. 1,938 Cr. and SEK 252 m (209).",
		"Third quarter\n\nFlow Solutions\n\nNet sales in Flow Solutions rose to SEK 1,402 m (1,233) in the third quarter. For FY25, NPAT was $31.2m, up 18% on pcp ($26.4m).",
	} {
		f.Add([]byte(s))
	}
}

// FuzzParse reads any bytes as a document: no panic, a *LoadError when it
// refuses, and every span of every figure inside the text.
func FuzzParse(f *testing.F) {
	addSampleSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse("fuzz.txt", data, LoadOptions{MaxSize: 1 << 20})
		if err != nil {
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error %T is no *LoadError", err)
			}
			return
		}
		rd := Extract(doc, Options{})
		for _, m := range rd.Mentions {
			for _, sp := range []Span{m.Span, m.Sentence} {
				if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start > sp.End {
					t.Fatalf("span %v outside the text of %d bytes", sp, len(doc.Text))
				}
			}
			if m.Span.Start < m.Sentence.Start || m.Span.End > m.Sentence.End {
				t.Fatalf("figure %v outside its sentence %v", m.Span, m.Sentence)
			}
			if m.Figure.Start < 0 || m.Figure.End > len(m.Quote) || m.Figure.Start > m.Figure.End {
				t.Fatalf("figure %v outside its quote of %d bytes", m.Figure, len(m.Quote))
			}
		}
		for _, g := range rd.Growth {
			if g.Span.Start < 0 || g.Span.End > len(doc.Text) {
				t.Fatalf("rate span %v outside the text", g.Span)
			}
		}
	})
}

// FuzzHTML reads any bytes as an HTML page.
func FuzzHTML(f *testing.F) {
	f.Add([]byte("<html><p>Revenue was <b>RMB&nbsp;1,234.5 million</b> &amp; more.</p><script>x='$5'</script>"))
	f.Add([]byte("<<!-- -- <p &#x27;&#8722;5.2%<"))
	// lower-casing Ⱥ changes its length: offsets must not come from a copy
	f.Add([]byte("<p>x</p><script>ȺȺȺȺȺȺȺȺȺȺ</SCRIPT><p>Revenue was $5 million</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse("fuzz.html", data, LoadOptions{MaxSize: 1 << 20})
		if err != nil {
			return
		}
		n := doc.norm
		prev := 0
		for i := 0; i <= len(n.s); i++ {
			o := n.orig(i)
			if o < prev || o > len(doc.Text) {
				t.Fatalf("view offset %d maps to %d (previous %d, text %d bytes)", i, o, prev, len(doc.Text))
			}
			prev = o
		}
		Extract(doc, Options{})
	})
}

// FuzzParseTyped reads any input typed into the table: a value or a
// *TypedValueError, never a panic.
func FuzzParseTyped(f *testing.F) {
	for _, s := range []string{"1,234.5", "(12.3)", "-12.3", "2.35 billion", "17.3%", "", "1,23", "((1))", "5k", "−7"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, kind := range []Kind{Monetary, Ratio, PerShare} {
			_, _, err := ParseTyped(s, kind, 6)
			if err != nil {
				var te *TypedValueError
				if !errors.As(err, &te) {
					t.Fatalf("error %T is no *TypedValueError", err)
				}
			}
		}
	})
}

// FuzzDecodeReview reads any bytes as a review file.
func FuzzDecodeReview(f *testing.F) {
	f.Add([]byte(`{"version":1,"documents":[{"name":"a.txt","sha256":"00"}],"corrections":[{"action":"confirm","key":{"entity":"A","concept":"Revenue","start":"2025-01-01","end":"2025-03-31"}}]}`))
	f.Add([]byte(`{"version":1,"corrections":[{"action":"set-value","value":"x","key":{}}]}`))
	f.Add([]byte(`{"version":1,"documents":[{"name":"a.txt","sha256":"00","period":"2025-04-01/2025-06-30"}],"fiscalYearEnds":{"a":10},"corrections":[{"action":"detach","key":{"entity":"A","concept":"Revenue","start":"2025-01-01","end":"2025-03-31"},"source":{"document":"a.txt","sha256":"","start":16,"end":33}}]}`))
	f.Add([]byte(`{"version":1,"documents":[{"name":"a.txt","sha256":"00","period":"2025-05-01/2024-01-31"}],"fiscalYearEnds":{"a":13,"b":-1},"corrections":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rv, err := DecodeReview("r.json", data)
		if err != nil {
			var re *ReviewError
			if !errors.As(err, &re) {
				t.Fatalf("error %T is no *ReviewError", err)
			}
			return
		}
		// a review that decodes applies without a panic: its calendars,
		// its documents' periods and its corrections
		doc, _ := Parse("a.txt", []byte("Revenue was RMB 1,234.5 million in the first quarter of 2025."), LoadOptions{})
		rep := Build([]*Document{doc}, Options{FiscalYearEnds: rv.FiscalYearEndMonths(), Periods: rv.DocumentPeriods()})
		rep.Refresh(rv.Corrections)
		for _, m := range rv.FiscalYearEndMonths() {
			if m < 1 || m > 12 {
				t.Fatalf("a fiscal year ending in month %d", m)
			}
		}
	})
}

// FuzzInlineXBRL reads any text as a tagged filing: no panic, and every
// tagged figure's span inside the text.
func FuzzInlineXBRL(f *testing.F) {
	f.Add(ixDoc("", `<tr><td>Sales</td><td><ix:nonFraction name="gaap:Revenues" contextRef="q3" unitRef="usd" decimals="-6" scale="6" sign="-" format="ixt:num-comma-decimal">1.234,5</ix:nonFraction></td></tr>`))
	f.Add(`<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><ix:nonFraction name="x" scale="999999999">1</ix:nonFraction><ix:nonFraction><ix:nonFraction>2</ix:nonFraction>`)
	f.Add(`<?xml version='1.0' encoding='latin1'?><ix:header><xbrli:context id="c"><xbrli:period><xbrli:instant>2025-13-45</xbrli:instant>`)
	f.Fuzz(func(t *testing.T, text string) {
		filing, _ := readInlineXBRL(text)
		for _, x := range filing.facts {
			if x.span.Start < 0 || x.span.Start > x.span.End || x.span.End > len(text) {
				t.Fatalf("span %v outside %d bytes", x.span, len(text))
			}
		}
		doc, err := Parse("filing.htm", []byte(text), LoadOptions{})
		if err != nil {
			return
		}
		for _, m := range Extract(doc, Options{}).Mentions {
			if m.Span.Start < 0 || m.Span.End > len(doc.Text) || m.Span.Start > m.Span.End {
				t.Fatalf("mention span %v outside %d bytes", m.Span, len(doc.Text))
			}
		}
	})
}

// FuzzTextTables reads any text as tables aligned by spaces, with and
// without a PDF's runs placed: every cell inside its table, every table
// inside the text, and what Extract makes of it within the text too.
func FuzzTextTables(f *testing.F) {
	f.Add("(In millions)      Q3 2025   Q3 2024\nNet sales:\n  Americas   $ 44,565   $ 41,664\nTotal        (1,234)        —\n", false)
	f.Add("Net cash provided by operating\n   activities     17,817    19,846\n\n   2025  2024\n", true)
	f.Add("\t\t1,234\t\t(5)\n\u00a0\u00a0x  1  2\n", true)
	f.Fuzz(func(t *testing.T, text string, placed bool) {
		var runs []placedRun
		if placed {
			// every chunk placed a little right of where the text has it
			for off := 0; off < len(text); {
				end := strings.IndexByte(text[off:], '\n')
				if end < 0 {
					end = len(text) - off
				}
				for _, c := range textChunks(text, off, off+end, nil) {
					runs = append(runs, placedRun{span: c.span, from: c.start + 3, to: c.end + 5})
				}
				off += end + 1
			}
		}
		for _, tb := range textTables(text, runs) {
			if tb.span.Start < 0 || tb.span.End > len(text) || tb.span.Start > tb.span.End {
				t.Fatalf("table %v outside the text (%d bytes)", tb.span, len(text))
			}
			for _, row := range tb.rows {
				for _, c := range row {
					if c.span.Start < 0 || c.span.End > len(text) || c.span.Start > c.span.End || c.col < 0 || c.cols < 1 {
						t.Fatalf("cell %+v out of place", c)
					}
				}
			}
		}
		doc, err := Parse("fuzz.txt", []byte(text), LoadOptions{MaxSize: 1 << 20})
		if err != nil {
			return
		}
		for _, m := range Extract(doc, Options{}).Mentions {
			if m.Span.Start < 0 || m.Span.End > len(doc.Text) || m.Span.Start > m.Span.End {
				t.Fatalf("mention span %v outside the text", m.Span)
			}
		}
	})
}
