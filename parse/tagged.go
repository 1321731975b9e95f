package parse

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// RuleTagged names the reading of a figure the filer tagged: its concept,
// period and unit are the filer's own, so it outweighs any other reading.
const RuleTagged = "tagged by the filer"

// taggedName is what a tagged name means: a concept, and how close a name
// of it this is (0 the concept's own XBRL name, then Concept.Tagged's).
type taggedName struct {
	concept string
	rank    int
}

// taggedConcepts maps the XBRL names filers tag with to Facet's concepts.
var taggedConcepts = func() map[string]taggedName {
	m := map[string]taggedName{}
	for _, c := range concepts {
		if strings.HasPrefix(c.XBRL, "us-gaap:") {
			m[c.XBRL] = taggedName{c.Name, 0}
		}
		for i, t := range c.Tagged {
			m[t] = taggedName{c.Name, i + 1}
		}
	}
	return m
}()

// applyDEI sets the document's context from the filer's dei facts: its
// name, the month its fiscal year ends, the period it reports and its kind.
func (c *Context) applyDEI(dei map[string]string) {
	if name := trimLegalSuffix(dei["EntityRegistrantName"]); name != "" {
		c.Company = name
	}
	if m, ok := fiscalYearEndOf(dei["CurrentFiscalYearEndDate"]); ok {
		c.Calendar = Calendar{FiscalYearEnd: m}
		c.FiscalYearEndStated = true
	}
	switch t := strings.ToUpper(dei["DocumentType"]); {
	case strings.HasPrefix(t, "10-K"), strings.HasPrefix(t, "20-F"), strings.HasPrefix(t, "40-F"), t == "AFR":
		c.Kind = AnnualReport
	case strings.HasPrefix(t, "10-Q"):
		c.Kind = InterimReport
	}
	year, err := strconv.Atoi(strings.TrimSpace(dei["DocumentFiscalYearFocus"]))
	if err != nil || year < 1900 {
		return
	}
	switch strings.ToUpper(strings.TrimSpace(dei["DocumentFiscalPeriodFocus"])) {
	case "Q1":
		c.Period = c.Calendar.Quarter(year, 1)
	case "Q2":
		c.Period = c.Calendar.Quarter(year, 2)
	case "Q3":
		c.Period = c.Calendar.Quarter(year, 3)
	case "Q4":
		c.Period = c.Calendar.Quarter(year, 4)
	case "H1":
		c.Period = c.Calendar.Half(year, 1)
	case "FY":
		c.Period = c.Calendar.FiscalYear(year)
	default:
		return
	}
	c.PeriodGuessed = false
}

// fiscalYearEndOf reads dei:CurrentFiscalYearEndDate, "--09-28": the month
// a fiscal year ends in. A 52- or 53-week year that ends in the first week
// of a month ("--02-01") is named after the month before.
func fiscalYearEndOf(s string) (time.Month, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "--")
	if len(s) < 5 {
		return 0, false
	}
	m, err1 := strconv.Atoi(s[0:2])
	d, err2 := strconv.Atoi(s[3:5])
	if err1 != nil || err2 != nil || m < 1 || m > 12 {
		return 0, false
	}
	if d <= 7 {
		m = (m+10)%12 + 1
	}
	return time.Month(m), true
}

// trimLegalSuffix drops "Inc.", "Corporation" and the like from a
// registrant's name: "Apple Inc." is "Apple", as the prose names it.
func trimLegalSuffix(name string) string {
	words := strings.Fields(strings.TrimSpace(name))
	for len(words) > 1 && legalSuffixes[strings.ToLower(strings.Trim(words[len(words)-1], ".,"))] {
		words = words[:len(words)-1]
	}
	return strings.TrimRight(strings.Join(words, " "), ",")
}

// taggedMentions turns the filer's tags into mentions: company-wide
// figures and those of a business segment, of the concepts Facet knows.
func (r *reader) taggedMentions(f *ixFiling) []Mention {
	// of the names a filing tags one concept of one context with, the
	// closest stands: net income before profit with minority interests,
	// diluted earnings per share before basic
	type slot struct{ concept, context string }
	best := map[slot]int{}
	for _, x := range f.facts {
		if t, ok := taggedConcepts[x.name]; ok {
			s := slot{t.concept, x.context}
			if r, seen := best[s]; !seen || t.rank < r {
				best[s] = t.rank
			}
		}
	}
	var out []Mention
	for _, x := range f.facts {
		t, ok := taggedConcepts[x.name]
		if !ok || t.rank != best[slot{t.concept, x.context}] {
			continue
		}
		name := t.concept
		info, _ := LookupConcept(name)
		ctx, ok := f.contexts[x.context]
		if !ok || ctx.typed || ctx.period.End.IsZero() {
			continue
		}
		segment, ok := taggedSegment(ctx.members)
		if !ok {
			continue // a breakdown other than by business segment
		}
		period := snapToMonths(ctx.period)
		if info.Instant != period.IsInstant() {
			continue
		}
		currency, ok := taggedCurrency(f.units[x.unit], info.Kind)
		if !ok {
			continue
		}
		m := Mention{
			Doc:        r.doc,
			Span:       x.span,
			Stated:     x.stated,
			Key:        Key{Entity: r.ctx.Company, Concept: name, Segment: segment, Period: period, Currency: currency},
			Value:      x.value,
			Decimals:   x.decimals,
			Confidence: 1,
			Rule:       RuleTagged,
		}
		if info.Kind == Ratio {
			m.Key.Currency = ""
		}
		m.Sentence, m.Quote, m.Figure = r.blockQuote(f, x)
		out = append(out, m)
	}
	return out
}

// blockQuote returns the row or paragraph a tagged figure stands in, as a
// span of the document, as text, and where the figure is in that text.
func (r *reader) blockQuote(f *ixFiling, x ixFact) (Span, string, Span) {
	if x.block < 0 {
		return x.span, x.stated, Span{0, len(x.stated)}
	}
	b := f.blocks[x.block]
	quote := strings.Join(strings.Fields(b.text.String()), " ")
	if len(quote) > 400 {
		// a long paragraph: the sentence around the figure
		if i := strings.Index(quote, x.stated); i >= 0 {
			lo := max(0, strings.LastIndex(quote[:i], ". ")+1)
			hi := len(quote)
			if j := strings.Index(quote[i:], ". "); j >= 0 {
				hi = i + j + 1
			}
			quote = strings.TrimSpace(quote[lo:hi])
		}
	}
	fig := Span{0, 0}
	if i := strings.Index(quote, x.stated); i >= 0 {
		fig = Span{i, i + len(x.stated)}
	}
	return b.span, quote, fig
}

// taggedSegment reads a context's dimensions: none is the company's own
// figure, a business-segment axis names a segment; any other breakdown
// (a product, a region, a legal entity) is not followed.
func taggedSegment(members map[string]string) (string, bool) {
	segment, segmentsOnly := "", false
	for dim, member := range members {
		local := dim[strings.IndexByte(dim, ':')+1:]
		switch {
		case strings.HasSuffix(local, "SegmentsAxis"):
			segment = memberName(member)
		case local == "ConsolidationItemsAxis" && strings.HasSuffix(member, ":OperatingSegmentsMember"):
			// the segments before eliminations: still a segment's figure
			segmentsOnly = true
		default:
			return "", false
		}
	}
	if segmentsOnly && segment == "" {
		return "", false // the segments' sum before corporate items, not the company's figure
	}
	return segment, true
}

// memberName writes a member as a segment's name: "aapl:GreaterChinaSegmentMember"
// is "Greater China".
func memberName(qname string) string {
	local := qname[strings.IndexByte(qname, ':')+1:]
	for _, suffix := range []string{"SegmentMember", "Member"} {
		local = strings.TrimSuffix(local, suffix)
	}
	var b strings.Builder
	rs := []rune(local)
	for i, c := range rs {
		if i > 0 && unicode.IsUpper(c) && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])) {
			b.WriteByte(' ')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// taggedCurrency reads a unit: "iso4217:USD" for money, "iso4217:USD/xbrli:shares"
// for a figure per share, "xbrli:pure" for a ratio.
func taggedCurrency(unit string, kind Kind) (string, bool) {
	num, den, _ := strings.Cut(unit, "/")
	switch kind {
	case Monetary:
		return strings.TrimPrefix(num, "iso4217:"), strings.HasPrefix(num, "iso4217:") && den == ""
	case PerShare:
		return strings.TrimPrefix(num, "iso4217:"), strings.HasPrefix(num, "iso4217:") && den == "xbrli:shares"
	case Ratio:
		return "", unit == "xbrli:pure" || unit == ""
	}
	return "", false
}
