package export

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

	"facet/parse"
)

// Namespaces of the report.
const (
	NSFacet    = "https://facet.dev/taxonomy/2025"
	NSEntity   = "https://facet.dev/entity"
	NSUSGAAP   = "http://fasb.org/us-gaap/2024"
	NSSRT      = "http://fasb.org/srt/2024"
	NSISO4217  = "http://www.xbrl.org/2003/iso4217"
	NSXBRLI    = "http://www.xbrl.org/2003/instance"
	NSXBRL     = "https://xbrl.org/2021"
	SchemaName = "facet.xsd"
)

// Dimension names.
const (
	SegmentAxis  = "us-gaap:StatementBusinessSegmentsAxis"
	ScenarioAxis = "srt:StatementScenarioAxis"
	RangeAxis    = "srt:RangeAxis"
	Forecast     = "srt:ScenarioForecastMember"
	RangeMin     = "srt:MinimumMember"
	RangeMax     = "srt:MaximumMember"
)

// MemberName is the QName of a segment's member: "Public cloud services"
// is facet:PublicCloudServicesMember.
func MemberName(segment string) string { return "facet:" + MemberLocal(segment) }

// MemberLocal is the local name of a segment's member.
func MemberLocal(segment string) string {
	var b strings.Builder
	up := true
	for _, r := range segment {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if r < 128 {
				if up {
					b.WriteRune(unicode.ToUpper(r))
				} else {
					b.WriteRune(r)
				}
				up = false
			}
		default:
			up = true
		}
	}
	s := b.String()
	if s == "" || unicode.IsDigit(rune(s[0])) {
		s = "Segment" + s
	}
	if !strings.HasSuffix(s, "Member") {
		s += "Member"
	}
	return s
}

// EntityID is the entity's identifier under Facet's scheme: the company's
// name with its spaces made hyphens.
func EntityID(company string) string {
	f := strings.Fields(company)
	if len(f) == 0 {
		return "unknown"
	}
	return strings.Join(f, "-")
}

// Dimensions are a fact's OIM core and taxonomy-defined dimensions.
func Dimensions(f *parse.Fact) map[string]string {
	info := f.ConceptInfo()
	d := map[string]string{
		"concept": info.XBRL,
		"entity":  "facet-entity:" + EntityID(f.Entity),
		"period":  PeriodText(f.Period),
	}
	switch info.Kind {
	case parse.Monetary:
		d["unit"] = "iso4217:" + f.Currency
	case parse.PerShare:
		d["unit"] = "iso4217:" + f.Currency + "/xbrli:shares"
	}
	if f.Segment != "" {
		d[SegmentAxis] = MemberName(f.Segment)
	}
	if f.Scenario == parse.Forecast {
		d[ScenarioAxis] = Forecast
		switch f.Bound {
		case parse.Min:
			d[RangeAxis] = RangeMin
		case parse.Max:
			d[RangeAxis] = RangeMax
		}
	}
	return d
}

// PeriodText writes a period as OIM does: dateTimes, with an end or an
// instant at T00:00:00 meaning the end of the day before.
func PeriodText(p parse.Period) string {
	end := p.End.AddDays(1).String() + "T00:00:00"
	if p.IsInstant() {
		return end
	}
	return p.Start.String() + "T00:00:00/" + end
}

// Namespaces returns the prefixes a report uses.
func Namespaces() map[string]string {
	return map[string]string{
		"facet":        NSFacet,
		"facet-entity": NSEntity,
		"us-gaap":      NSUSGAAP,
		"srt":          NSSRT,
		"iso4217":      NSISO4217,
		"xbrli":        NSXBRLI,
		"xbrl":         NSXBRL,
	}
}

// FactID names fact i of a report.
func FactID(i int) string { return fmt.Sprintf("f%d", i+1) }

// Reportable returns the facts a report holds: all but those a person
// rejected.
func Reportable(facts []*parse.Fact) []*parse.Fact {
	out := make([]*parse.Fact, 0, len(facts))
	for _, f := range facts {
		if f.Status != parse.Rejected {
			out = append(out, f)
		}
	}
	return out
}

// ReviewNote is the footnote a fact carries when a person should doubt
// it: its status and why. It is empty for a fact that stands as found.
func ReviewNote(f *parse.Fact) string {
	if f.Status == parse.Found && !f.Derived {
		return ""
	}
	var b strings.Builder
	b.WriteString("Facet status: " + f.StatusText() + ".")
	for _, n := range f.Notes {
		b.WriteString(" " + strings.TrimSuffix(n, ".") + ".")
	}
	return b.String()
}

type jsonReport struct {
	DocumentInfo jsonInfo            `json:"documentInfo"`
	Facts        map[string]jsonFact `json:"facts"`
}

type jsonInfo struct {
	DocumentType string            `json:"documentType"`
	Namespaces   map[string]string `json:"namespaces"`
	LinkTypes    map[string]string `json:"linkTypes,omitempty"`
	LinkGroups   map[string]string `json:"linkGroups,omitempty"`
	Taxonomy     []string          `json:"taxonomy"`
}

type jsonFact struct {
	Value      string                         `json:"value"`
	Decimals   *int                           `json:"decimals,omitempty"`
	Dimensions map[string]string              `json:"dimensions"`
	Links      map[string]map[string][]string `json:"links,omitempty"`
}

// WriteXBRLJSON writes the facts as an OIM xBRL-JSON report. A fact that
// needs review carries a footnote saying why (an XHTML fragment, so its
// text is escaped). The report names its taxonomy, facet.xsd, which
// WriteTaxonomy writes; put the two side by side.
func WriteXBRLJSON(w io.Writer, rep *parse.Report) error {
	out := jsonReport{
		DocumentInfo: jsonInfo{
			DocumentType: "https://xbrl.org/2021/xbrl-json",
			Namespaces:   Namespaces(),
			LinkTypes:    map[string]string{"footnote": "http://www.xbrl.org/2003/arcrole/fact-footnote"},
			LinkGroups:   map[string]string{"_": "http://www.xbrl.org/2003/role/link"},
			Taxonomy:     []string{SchemaName},
		},
		Facts: map[string]jsonFact{},
	}
	for i, f := range Reportable(rep.Facts) {
		id := FactID(i)
		jf := jsonFact{Value: f.Value.String(), Dimensions: Dimensions(f)}
		dec := f.Decimals
		jf.Decimals = &dec
		if note := ReviewNote(f); note != "" {
			nid := id + "-note"
			jf.Links = map[string]map[string][]string{"footnote": {"_": {nid}}}
			out.Facts[nid] = jsonFact{Value: esc(note), Dimensions: map[string]string{"concept": "xbrl:note", "noteId": nid, "language": "en"}}
		}
		out.Facts[id] = jf
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// sortedKeys returns a map's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
