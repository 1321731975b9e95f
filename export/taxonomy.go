package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"facet/parse"
)

// The extension taxonomy's files. The schema declares Facet's own
// concepts and the segment members; the definition linkbase puts every
// concept in a hypercube with the segment, scenario and range axes, so
// that an XBRL processor accepts those dimensions; the label linkbase
// names the concepts and members.
const (
	DefinitionName = "facet-def.xml"
	LabelName      = "facet-lab.xml"

	roleFacts    = NSFacet + "/role/Facts"
	roleDefaults = NSFacet + "/role/DimensionDefaults"

	usGAAPSchema = "https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd"
	srtSchema    = "https://xbrl.fasb.org/srt/2024/elts/srt-2024.xsd"
	xbrldtSchema = "http://www.xbrl.org/2005/xbrldt-2005.xsd"

	arcAll          = "http://xbrl.org/int/dim/arcrole/all"
	arcHypercubeDim = "http://xbrl.org/int/dim/arcrole/hypercube-dimension"
	arcDimDomain    = "http://xbrl.org/int/dim/arcrole/dimension-domain"
	arcDomainMember = "http://xbrl.org/int/dim/arcrole/domain-member"
	arcDimDefault   = "http://xbrl.org/int/dim/arcrole/dimension-default"
)

// axes are the dimensions Facet's facts use, each with its domain and the
// members from FASB's taxonomies.
var axes = []struct {
	axis, domain string
	members      []string
}{
	{SegmentAxis, "us-gaap:SegmentDomain", nil}, // members: the segments, facet:
	{ScenarioAxis, "srt:ScenarioUnspecifiedDomain", []string{Forecast}},
	{RangeAxis, "srt:RangeMember", []string{RangeMin, RangeMax}},
}

// member is a segment's member: its local name and the segment's name.
type member struct{ local, label string }

// segmentMembers lists the members of the report's segments, by name.
func segmentMembers(rep *parse.Report) []member {
	seen := map[string]string{}
	for _, f := range Reportable(rep.Facts) {
		if f.Segment != "" {
			if _, ok := seen[MemberLocal(f.Segment)]; !ok {
				seen[MemberLocal(f.Segment)] = f.Segment
			}
		}
	}
	out := make([]member, 0, len(seen))
	for _, local := range sortedKeys(seen) {
		out = append(out, member{local, seen[local]})
	}
	return out
}

// facetConcepts are the concepts of Facet's own namespace.
func facetConcepts() []parse.Concept {
	var out []parse.Concept
	for _, c := range parse.Concepts() {
		if strings.HasPrefix(c.XBRL, "facet:") {
			out = append(out, c)
		}
	}
	return out
}

// WriteTaxonomy writes the extension taxonomy that documentInfo.taxonomy
// names into the folder dir: facet.xsd and its definition and label
// linkbases.
func WriteTaxonomy(dir string, rep *parse.Report) error {
	return writeFiles(taxonomyFiles(dir, rep))
}

// taxonomyFiles are the taxonomy's files in dir, for writing with a report.
func taxonomyFiles(dir string, rep *parse.Report) []outFile {
	members := segmentMembers(rep)
	parts := []struct {
		name  string
		write func(io.Writer, []member) error
	}{
		{SchemaName, writeSchema},
		{DefinitionName, writeDefinitions},
		{LabelName, writeLabels},
	}
	files := make([]outFile, len(parts))
	for i, p := range parts {
		files[i] = outFile{filepath.Join(dir, p.name), func(w io.Writer) error { return p.write(w, members) }}
	}
	return files
}

func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// itemType is the XBRL type of a concept's facts.
func itemType(c parse.Concept) string {
	switch c.Kind {
	case parse.Ratio:
		return "num:percentItemType"
	case parse.PerShare:
		return "num:perShareItemType"
	case parse.Count:
		return "xbrli:decimalItemType"
	}
	return "xbrli:monetaryItemType"
}

func writeSchema(out io.Writer, members []member) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<!-- Facet's extension taxonomy: the concepts Facet adds to us-gaap and srt, and the segment members of one report. -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:xbrli="http://www.xbrl.org/2003/instance"
  xmlns:link="http://www.xbrl.org/2003/linkbase"
  xmlns:xlink="http://www.w3.org/1999/xlink"
  xmlns:xbrldt="http://xbrl.org/2005/xbrldt"
  xmlns:nonnum="http://www.xbrl.org/dtr/type/non-numeric"
  xmlns:num="http://www.xbrl.org/dtr/type/numeric"
  xmlns:facet="%[1]s"
  targetNamespace="%[1]s" elementFormDefault="qualified" attributeFormDefault="unqualified">
  <xs:annotation>
    <xs:appinfo>
      <link:linkbaseRef xlink:type="simple" xlink:href="%[2]s" xlink:role="http://www.xbrl.org/2003/role/definitionLinkbaseRef" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
      <link:linkbaseRef xlink:type="simple" xlink:href="%[3]s" xlink:role="http://www.xbrl.org/2003/role/labelLinkbaseRef" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
      <link:roleType roleURI="%[4]s" id="Facts">
        <link:definition>Facts read from company documents</link:definition>
        <link:usedOn>link:definitionLink</link:usedOn>
      </link:roleType>
      <link:roleType roleURI="%[5]s" id="DimensionDefaults">
        <link:definition>Dimension defaults</link:definition>
        <link:usedOn>link:definitionLink</link:usedOn>
      </link:roleType>
    </xs:appinfo>
  </xs:annotation>
  <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
  <xs:import namespace="http://xbrl.org/2005/xbrldt" schemaLocation="%[6]s"/>
  <xs:import namespace="http://www.xbrl.org/dtr/type/non-numeric" schemaLocation="http://www.xbrl.org/dtr/type/nonNumeric-2009-12-16.xsd"/>
  <xs:import namespace="http://www.xbrl.org/dtr/type/numeric" schemaLocation="http://www.xbrl.org/dtr/type/numeric-2009-12-16.xsd"/>
  <xs:import namespace="%[7]s" schemaLocation="%[8]s"/>
  <xs:import namespace="%[9]s" schemaLocation="%[10]s"/>
  <xs:element id="facet_FacetTable" name="FacetTable" type="xbrli:stringItemType" substitutionGroup="xbrldt:hypercubeItem" abstract="true" nillable="true" xbrli:periodType="duration"/>
  <xs:element id="facet_FacetLineItems" name="FacetLineItems" type="xbrli:stringItemType" substitutionGroup="xbrli:item" abstract="true" nillable="true" xbrli:periodType="duration"/>
`, NSFacet, DefinitionName, LabelName, roleFacts, roleDefaults, xbrldtSchema, NSUSGAAP, usGAAPSchema, NSSRT, srtSchema)
	for _, c := range facetConcepts() {
		local := strings.TrimPrefix(c.XBRL, "facet:")
		period := "duration"
		if c.Instant {
			period = "instant"
		}
		balance := ""
		if c.Kind == parse.Monetary {
			switch c.Balance {
			case parse.Debit:
				balance = ` xbrli:balance="debit"`
			case parse.Credit:
				balance = ` xbrli:balance="credit"`
			}
		}
		fmt.Fprintf(w, "  <xs:element id=\"facet_%s\" name=\"%s\" type=\"%s\" substitutionGroup=\"xbrli:item\" nillable=\"true\" xbrli:periodType=\"%s\"%s/>\n",
			local, local, itemType(c), period, balance)
	}
	for _, m := range members {
		fmt.Fprintf(w, "  <xs:element id=\"facet_%s\" name=\"%s\" type=\"nonnum:domainItemType\" substitutionGroup=\"xbrli:item\" abstract=\"true\" nillable=\"true\" xbrli:periodType=\"duration\"/>\n", m.local, m.local)
	}
	fmt.Fprint(w, "</xs:schema>\n")
	return w.Flush()
}

// href points a locator at a concept by its QName.
func href(qname string) string {
	prefix, local, _ := strings.Cut(qname, ":")
	switch prefix {
	case "us-gaap":
		return usGAAPSchema + "#us-gaap_" + local
	case "srt":
		return srtSchema + "#srt_" + local
	}
	return SchemaName + "#facet_" + local
}

// linkWriter writes one extended link, each locator once.
type linkWriter struct {
	w     *bufio.Writer
	label map[string]string
}

func (l *linkWriter) loc(qname string) string {
	if lab, ok := l.label[qname]; ok {
		return lab
	}
	lab := "loc_" + strings.ReplaceAll(qname, ":", "_")
	l.label[qname] = lab
	fmt.Fprintf(l.w, "    <link:loc xlink:type=\"locator\" xlink:href=\"%s\" xlink:label=\"%s\"/>\n", esc(href(qname)), lab)
	return lab
}

func (l *linkWriter) arc(arcrole, from, to string, order int, extra string) {
	f, t := l.loc(from), l.loc(to)
	fmt.Fprintf(l.w, "    <link:definitionArc xlink:type=\"arc\" xlink:arcrole=\"%s\" xlink:from=\"%s\" xlink:to=\"%s\" order=\"%d\"%s/>\n", arcrole, f, t, order, extra)
}

func writeDefinitions(out io.Writer, members []member) error {
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"
  xmlns:xbrldt="http://xbrl.org/2005/xbrldt" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.xbrl.org/2003/linkbase http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd">
  <link:roleRef roleURI="%s" xlink:type="simple" xlink:href="%s#Facts"/>
  <link:roleRef roleURI="%s" xlink:type="simple" xlink:href="%s#DimensionDefaults"/>
`, roleFacts, SchemaName, roleDefaults, SchemaName)
	for _, a := range []string{"all", "hypercube-dimension", "dimension-domain", "domain-member", "dimension-default"} {
		fmt.Fprintf(w, "  <link:arcroleRef arcroleURI=\"http://xbrl.org/int/dim/arcrole/%s\" xlink:type=\"simple\" xlink:href=\"%s#%s\"/>\n", a, xbrldtSchema, a)
	}
	// The facts' hypercube: every concept, with the three axes.
	fmt.Fprintf(w, "  <link:definitionLink xlink:type=\"extended\" xlink:role=\"%s\">\n", roleFacts)
	l := &linkWriter{w: w, label: map[string]string{}}
	l.arc(arcAll, "facet:FacetLineItems", "facet:FacetTable", 1, ` xbrldt:contextElement="segment" xbrldt:closed="true"`)
	for i, a := range axes {
		l.arc(arcHypercubeDim, "facet:FacetTable", a.axis, i+1, "")
		l.arc(arcDimDomain, a.axis, a.domain, 1, "")
		names := a.members
		if a.axis == SegmentAxis {
			for _, m := range members {
				names = append(names, "facet:"+m.local)
			}
		}
		for j, m := range names {
			l.arc(arcDomainMember, a.domain, m, j+1, "")
		}
	}
	seen := map[string]bool{}
	order := 0
	for _, c := range parse.Concepts() {
		if seen[c.XBRL] {
			continue
		}
		seen[c.XBRL] = true
		order++
		l.arc(arcDomainMember, "facet:FacetLineItems", c.XBRL, order, "")
	}
	fmt.Fprint(w, "  </link:definitionLink>\n")
	// Defaults in a link of their own: a fact without a dimension takes
	// its domain, so facts without segment, scenario or range are valid.
	fmt.Fprintf(w, "  <link:definitionLink xlink:type=\"extended\" xlink:role=\"%s\">\n", roleDefaults)
	l = &linkWriter{w: w, label: map[string]string{}}
	for _, a := range axes {
		l.arc(arcDimDefault, a.axis, a.domain, 1, "")
	}
	fmt.Fprint(w, "  </link:definitionLink>\n</link:linkbase>\n")
	return w.Flush()
}

func writeLabels(out io.Writer, members []member) error {
	w := bufio.NewWriter(out)
	fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?>
<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.xbrl.org/2003/linkbase http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd">
  <link:labelLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
`)
	type item struct{ local, label string }
	items := []item{{"FacetTable", "Facts read from company documents [Table]"}, {"FacetLineItems", "Facts read from company documents [Line Items]"}}
	for _, c := range facetConcepts() {
		items = append(items, item{strings.TrimPrefix(c.XBRL, "facet:"), c.Label})
	}
	for _, m := range members {
		items = append(items, item{m.local, m.label + " [Member]"})
	}
	for _, it := range items {
		fmt.Fprintf(w, "    <link:loc xlink:type=\"locator\" xlink:href=\"%s#facet_%s\" xlink:label=\"loc_%s\"/>\n", SchemaName, it.local, it.local)
		fmt.Fprintf(w, "    <link:label xlink:type=\"resource\" xlink:label=\"lab_%s\" xlink:role=\"http://www.xbrl.org/2003/role/label\" xml:lang=\"en\">%s</link:label>\n", it.local, esc(it.label))
		fmt.Fprintf(w, "    <link:labelArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/concept-label\" xlink:from=\"loc_%s\" xlink:to=\"lab_%s\"/>\n", it.local, it.local)
	}
	fmt.Fprint(w, "  </link:labelLink>\n</link:linkbase>\n")
	return w.Flush()
}
