package parse

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// An inline-XBRL filing (every SEC filing since 2019, every ESEF annual
// report) tags its figures: an ix:nonFraction element says which concept a
// number is, for which period (its context), in which unit, at which scale
// and sign. Facet reads those tags exactly, as facts the filer stated, and
// reads the same document's prose as it reads any other.

// ixFact is one tagged figure as the filing states it.
type ixFact struct {
	name     string // the element's qualified name, its prefix normalised: "us-gaap:Revenues"
	context  string
	unit     string
	format   string // the ixt transform: "num-dot-decimal", "fixed-zero", …
	scale    int
	negative bool // sign="-"
	decimals int
	stated   string // the text inside the tag
	span     Span   // the text inside the tag, in the document
	block    int    // the row or paragraph it stands in (ixFiling.blocks), -1 when none
	value    decimal.Decimal
}

// ixContext is an xbrli:context: a period and, for a breakdown, the members
// of its dimensions.
type ixContext struct {
	period  Period
	members map[string]string // dimension → member, both qualified names
	typed   bool              // a typed dimension: a breakdown Facet does not follow
}

// ixBlock is a table row or paragraph that holds tagged figures: its text
// is the quote a person reads the figure in.
type ixBlock struct {
	span Span
	text strings.Builder
}

// ixFiling is what the tags of one document say.
type ixFiling struct {
	facts    []ixFact
	contexts map[string]ixContext
	units    map[string]string // unit id → "iso4217:USD", "iso4217:USD/xbrli:shares"
	dei      map[string]string // "EntityRegistrantName" → "Apple Inc."
	blocks   []*ixBlock
}

const ixNamespace = "http://www.xbrl.org/2013/inlineXBRL"

// IsInlineXBRL reports whether a document's text carries inline-XBRL tags.
func IsInlineXBRL(text string) bool {
	return strings.Contains(text[:min(len(text), 1<<16)], ixNamespace) && strings.Contains(text, "nonFraction")
}

// blockElements are the HTML elements whose text is a figure's quote.
var blockElements = map[string]bool{"tr": true, "p": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true}

// taxonomies names the standard taxonomies by the start of their namespace
// URIs, so a filing's own prefixes do not matter.
var taxonomies = []struct{ uri, prefix string }{
	{"http://fasb.org/us-gaap/", "us-gaap"},
	{"https://xbrl.ifrs.org/taxonomy/", "ifrs-full"},
	{"http://xbrl.ifrs.org/taxonomy/", "ifrs-full"},
	{"http://xbrl.sec.gov/dei/", "dei"},
	{"http://fasb.org/srt/", "srt"},
	{"http://www.xbrl.org/2003/iso4217", "iso4217"},
	{"http://www.xbrl.org/2003/instance", "xbrli"},
}

// ixReader holds the state of one pass over a filing's markup.
type ixReader struct {
	f        *ixFiling
	prefixes map[string]string // a prefix as written → the standard one
	blocks   []int             // the open row or paragraph elements, innermost last
	facts    []*ixFact         // the open ix:nonFraction elements
	dei      string            // the dei name of an open ix:nonNumeric, "" when none
	text     strings.Builder   // the text of the element being read (dates, measures, dei values)
	ctx      *ixContext
	ctxID    string
	dim      string
	unitID   string
	num, den []string
	inDen    bool
}

// readInlineXBRL reads the tags of an inline-XBRL document. On broken markup
// its error says where, and the tags read before it are kept.
func readInlineXBRL(text string) (*ixFiling, error) {
	x := &ixReader{
		f:        &ixFiling{contexts: map[string]ixContext{}, units: map[string]string{}, dei: map[string]string{}},
		prefixes: map[string]string{},
	}
	d := xml.NewDecoder(strings.NewReader(text))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	// the text is decoded already, whatever encoding the prolog names
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	for {
		before := int(d.InputOffset())
		tok, err := d.Token()
		if err == io.EOF {
			return x.f, nil
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return x.f, fmt.Errorf("inline XBRL, line %d: %w", se.Line, err)
			}
			return x.f, fmt.Errorf("inline XBRL, byte %d: %w", before, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			x.start(t, before, int(d.InputOffset()))
		case xml.CharData:
			x.chars(string(t))
		case xml.EndElement:
			x.end(t, before, int(d.InputOffset()))
		}
	}
}

func (x *ixReader) start(t xml.StartElement, before, after int) {
	for _, a := range t.Attr {
		if a.Name.Space == "xmlns" {
			x.prefixes[a.Name.Local] = standardPrefix(a.Value, a.Name.Local)
		}
	}
	attr := func(local string) string {
		for _, a := range t.Attr {
			if a.Name.Local == local {
				return a.Value
			}
		}
		return ""
	}
	switch local := t.Name.Local; {
	case t.Name.Space == ixNamespace && local == "nonFraction":
		fact := &ixFact{
			name:     x.qualify(attr("name")),
			context:  attr("contextRef"),
			unit:     attr("unitRef"),
			format:   attr("format"),
			negative: attr("sign") == "-",
			decimals: ixDecimals(attr("decimals")),
			span:     Span{Start: after},
			block:    -1,
		}
		if i := strings.IndexByte(fact.format, ':'); i >= 0 {
			fact.format = fact.format[i+1:]
		}
		fact.scale, _ = strconv.Atoi(attr("scale"))
		if n := len(x.blocks); n > 0 {
			fact.block = x.blocks[n-1]
		}
		x.facts = append(x.facts, fact)
	case t.Name.Space == ixNamespace && local == "nonNumeric":
		if name := x.qualify(attr("name")); strings.HasPrefix(name, "dei:") {
			x.dei = strings.TrimPrefix(name, "dei:")
			x.text.Reset()
		}
	case local == "context":
		x.ctx, x.ctxID = &ixContext{members: map[string]string{}}, attr("id")
	case local == "unit" && x.ctx == nil:
		x.unitID, x.num, x.den, x.inDen = attr("id"), nil, nil, false
	case local == "unitDenominator":
		x.inDen = true
	case local == "explicitMember" && x.ctx != nil:
		x.dim = x.qualify(attr("dimension"))
		x.text.Reset()
	case local == "typedMember" && x.ctx != nil:
		x.ctx.typed = true
	case local == "startDate", local == "endDate", local == "instant", local == "measure":
		x.text.Reset()
	case blockElements[local] && t.Name.Space != ixNamespace:
		x.f.blocks = append(x.f.blocks, &ixBlock{span: Span{Start: before}})
		x.blocks = append(x.blocks, len(x.f.blocks)-1)
	}
}

func (x *ixReader) chars(s string) {
	x.text.WriteString(s)
	for _, f := range x.facts {
		f.stated += s
	}
	if n := len(x.blocks); n > 0 {
		x.f.blocks[x.blocks[n-1]].text.WriteString(s)
	}
}

func (x *ixReader) end(t xml.EndElement, before, after int) {
	val := strings.TrimSpace(x.text.String())
	switch local := t.Name.Local; {
	case t.Name.Space == ixNamespace && local == "nonFraction" && len(x.facts) > 0:
		fact := x.facts[len(x.facts)-1]
		x.facts = x.facts[:len(x.facts)-1]
		fact.span.End = before
		fact.stated = strings.TrimSpace(fact.stated)
		if v, ok := ixValue(fact.stated, fact.format); ok && fact.scale >= -12 && fact.scale <= 15 {
			v = v.Shift(int32(fact.scale))
			if fact.negative {
				v = v.Neg()
			}
			fact.value = v
			x.f.facts = append(x.f.facts, *fact)
		}
	case t.Name.Space == ixNamespace && local == "nonNumeric" && x.dei != "":
		if _, seen := x.f.dei[x.dei]; !seen {
			x.f.dei[x.dei] = strings.Join(strings.Fields(val), " ")
		}
		x.dei = ""
	case x.ctx != nil && local == "startDate":
		x.ctx.period.Start = parseISODate(val)
	case x.ctx != nil && (local == "endDate" || local == "instant"):
		x.ctx.period.End = parseISODate(val)
	case x.ctx != nil && local == "explicitMember":
		x.ctx.members[x.dim] = x.qualify(val)
	case x.ctx != nil && local == "context":
		x.f.contexts[x.ctxID] = *x.ctx
		x.ctx = nil
	case local == "measure" && x.ctx == nil:
		if x.inDen {
			x.den = append(x.den, x.qualify(val))
		} else {
			x.num = append(x.num, x.qualify(val))
		}
	case local == "unitDenominator":
		x.inDen = false
	case local == "unit" && x.ctx == nil:
		u := strings.Join(x.num, "*")
		if len(x.den) > 0 {
			u += "/" + strings.Join(x.den, "*")
		}
		x.f.units[x.unitID] = u
	case blockElements[local] && t.Name.Space != ixNamespace && len(x.blocks) > 0:
		x.f.blocks[x.blocks[len(x.blocks)-1]].span.End = after
		x.blocks = x.blocks[:len(x.blocks)-1]
	}
}

// qualify rewrites a qualified name with the standard prefix of its
// namespace: a filing may call us-gaap "usgaap" or "gaap".
func (x *ixReader) qualify(qname string) string {
	qname = strings.TrimSpace(qname)
	i := strings.IndexByte(qname, ':')
	if i < 0 {
		return qname
	}
	if p, ok := x.prefixes[qname[:i]]; ok {
		return p + qname[i:]
	}
	return qname
}

// standardPrefix returns the prefix Facet names a namespace by: the
// standard one for the taxonomies it knows, else the filing's own.
func standardPrefix(uri, prefix string) string {
	for _, t := range taxonomies {
		if strings.HasPrefix(uri, t.uri) && (t.prefix != "ifrs-full" || strings.Contains(uri, "ifrs-full")) {
			return t.prefix
		}
	}
	return prefix
}

// ixBreak says where a filing's markup broke, for a person.
func ixBreak(err error) string {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("its markup breaks at line %d", se.Line)
	}
	return "its markup breaks off"
}

// ixDecimals reads a decimals attribute: "-6", "2", or "INF" (exact).
func ixDecimals(s string) int {
	if s == "INF" {
		return 10
	}
	n, _ := strconv.Atoi(s)
	return n
}

// parseISODate reads "2024-09-28", or "" as the zero day.
func parseISODate(s string) Date {
	if len(s) < 10 {
		return Date{}
	}
	y, err1 := strconv.Atoi(s[0:4])
	m, err2 := strconv.Atoi(s[5:7])
	d, err3 := strconv.Atoi(s[8:10])
	if err1 != nil || err2 != nil || err3 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return Date{}
	}
	return MakeDate(y, time.Month(m), d)
}

// ixValue reads a tagged figure's text under its transform: "1,234.5"
// (num-dot-decimal), "1.234,5" (num-comma-decimal), "—" (fixed-zero,
// zerodash), "no" and "three" (numwordsen).
func ixValue(text, format string) (decimal.Decimal, bool) {
	switch format {
	case "fixed-zero", "zerodash", "fixedzero", "numdash", "num-dash":
		return decimal.Zero, true
	case "numwordsen", "num-words-en":
		if n, ok := numberWords[strings.ToLower(strings.TrimSpace(text))]; ok {
			return decimal.NewFromInt(int64(n)), true
		}
		return decimal.Decimal{}, false
	}
	comma := format == "num-comma-decimal" || format == "numcommadecimal" || format == "numdotcomma"
	var b strings.Builder
	for _, r := range text {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '.' && !comma, r == ',' && comma:
			b.WriteByte('.')
		}
	}
	s := b.String()
	if s == "" {
		// a dash or "nil" written without a zero transform still says zero
		if t := strings.TrimSpace(text); t == "-" || t == "—" || t == "–" {
			return decimal.Zero, true
		}
		return decimal.Decimal{}, false
	}
	v, err := decimal.NewFromString(s)
	return v, err == nil
}

// numberWords are the numbers SEC filings write as words (ixt-sec:numwordsen).
var numberWords = map[string]int{
	"no": 0, "none": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
