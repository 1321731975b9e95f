package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"facet/parse"
)

// guidanceReport has guidance (a range and a point), a ratio, a per-share
// figure, an instant and segments, beside actuals.
func guidanceReport(t *testing.T) *parse.Report {
	return testReport(t, parse.Calendar{},
		fx{concept: "Revenue", period: "Q2 2025", value: "2349200000", decimals: -5},
		fx{concept: "Revenue", segment: "Public cloud services", period: "Q2 2025", value: "1625300000", decimals: -5},
		fx{concept: "Revenue", segment: "AI & data (new)", period: "Q2 2025", value: "723900000", decimals: -5, status: parse.NeedsReview},
		fx{concept: "Revenue", period: "FY2025", value: "9000000000", decimals: -8, scenario: parse.Forecast, bound: parse.Min},
		fx{concept: "Revenue", period: "FY2025", value: "9500000000", decimals: -8, scenario: parse.Forecast, bound: parse.Max},
		fx{concept: "CapitalExpenditure", period: "FY2025", value: "10000000000", decimals: -9, scenario: parse.Forecast},
		fx{concept: "GrossMargin", period: "Q2 2025", value: "0.149", decimals: 3},
		fx{concept: "EPS", period: "Q2 2025", value: "-0.05", decimals: 2},
		fx{concept: "CashAndCashEquivalents", period: "2025-06-30", value: "5464100000", decimals: -5, status: parse.Conflict},
		fx{concept: "Customers", period: "Q2 2025", value: "1200", decimals: 0},
	)
}

// canonical writes a fact's dimensions, value and decimals as one string.
func canonical(dims map[string]string, value string, decimals string) string {
	keys := make([]string, 0, len(dims))
	for k, v := range dims {
		if v != "" {
			keys = append(keys, k+"="+v)
		}
	}
	sort.Strings(keys)
	return strings.Join(keys, " ") + " value=" + value + " decimals=" + decimals
}

func readJSONFacts(t *testing.T, path string) (facts, notes []string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		DocumentInfo struct {
			Taxonomy []string `json:"taxonomy"`
		} `json:"documentInfo"`
		Facts map[string]struct {
			Value      string            `json:"value"`
			Decimals   *int              `json:"decimals"`
			Dimensions map[string]string `json:"dimensions"`
		} `json:"facts"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.DocumentInfo.Taxonomy) != 1 || doc.DocumentInfo.Taxonomy[0] != SchemaName {
		t.Errorf("taxonomy %v", doc.DocumentInfo.Taxonomy)
	}
	for _, f := range doc.Facts {
		if f.Dimensions["concept"] == "xbrl:note" {
			notes = append(notes, f.Value)
			continue
		}
		dec := ""
		if f.Decimals != nil {
			dec = strconv.Itoa(*f.Decimals)
		}
		facts = append(facts, canonical(f.Dimensions, f.Value, dec))
	}
	sort.Strings(facts)
	sort.Strings(notes)
	return facts, notes
}

func readCSVFacts(t *testing.T, dir string) (facts, notes []string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, CSVMetadataName))
	if err != nil {
		t.Fatal(err)
	}
	var meta struct {
		DocumentInfo struct {
			DocumentType string   `json:"documentType"`
			Taxonomy     []string `json:"taxonomy"`
		} `json:"documentInfo"`
		TableTemplates map[string]struct {
			Columns map[string]struct {
				Dimensions map[string]string `json:"dimensions"`
				Decimals   string            `json:"decimals"`
			} `json:"columns"`
		} `json:"tableTemplates"`
		Tables map[string]struct {
			Template, URL string
		} `json:"tables"`
		Links map[string]map[string]map[string][]string `json:"links"`
	}
	if err := json.Unmarshal(data, &meta); err != nil {
		t.Fatal(err)
	}
	if meta.DocumentInfo.DocumentType != "https://xbrl.org/2021/xbrl-csv" || len(meta.DocumentInfo.Taxonomy) != 1 {
		t.Errorf("documentInfo %+v", meta.DocumentInfo)
	}
	for id, table := range meta.Tables {
		tmpl := meta.TableTemplates[table.Template]
		f, err := os.Open(filepath.Join(dir, table.URL))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		header := rows[0]
		for _, row := range rows[1:] {
			cell := func(name string) string {
				for i, h := range header {
					if h == name {
						return row[i]
					}
				}
				return ""
			}
			for col, spec := range tmpl.Columns {
				if spec.Dimensions == nil {
					continue
				}
				dims := map[string]string{}
				for k, v := range spec.Dimensions {
					if strings.HasPrefix(v, "$") {
						v = cell(v[1:])
					}
					dims[k] = v
				}
				dec := spec.Decimals
				if strings.HasPrefix(dec, "$") {
					dec = cell(dec[1:])
				}
				if dims["concept"] == "xbrl:note" {
					notes = append(notes, cell(col))
					continue
				}
				facts = append(facts, canonical(dims, cell(col), dec))
			}
		}
		_ = id
	}
	sort.Strings(facts)
	sort.Strings(notes)
	return facts, notes
}

// TestXBRLCSVMatchesJSON writes both reports and reads them back: the
// same facts, dimension for dimension, value for value, guidance
// included, and the same notes on the facts that need review.
func TestXBRLCSVMatchesJSON(t *testing.T) {
	for name, rep := range map[string]*parse.Report{"samples": sampleReport(t), "guidance": guidanceReport(t)} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			err := WriteAll(rep, Targets{XBRLJSON: filepath.Join(dir, "report.json"), XBRLCSV: filepath.Join(dir, "csv")})
			if err != nil {
				t.Fatal(err)
			}
			jf, jn := readJSONFacts(t, filepath.Join(dir, "report.json"))
			cf, cn := readCSVFacts(t, filepath.Join(dir, "csv"))
			if len(jf) != len(Reportable(rep.Facts)) {
				t.Errorf("xBRL-JSON has %d facts, want %d", len(jf), len(Reportable(rep.Facts)))
			}
			if strings.Join(jf, "\n") != strings.Join(cf, "\n") {
				t.Errorf("xBRL-CSV facts differ from xBRL-JSON's:\nJSON:\n%s\nCSV:\n%s", strings.Join(jf, "\n"), strings.Join(cf, "\n"))
			}
			if strings.Join(jn, "\n") != strings.Join(cn, "\n") || len(jn) == 0 {
				t.Errorf("notes differ: JSON %d, CSV %d", len(jn), len(cn))
			}
			forecasts := 0
			for _, f := range cf {
				if strings.Contains(f, ScenarioAxis+"="+Forecast) {
					forecasts++
				}
			}
			want := 0
			for _, f := range Reportable(rep.Facts) {
				if f.Scenario == parse.Forecast {
					want++
				}
			}
			if forecasts != want {
				t.Errorf("xBRL-CSV holds %d guided facts, want %d", forecasts, want)
			}
			for _, n := range cn {
				d := xml.NewDecoder(strings.NewReader("<p>" + n + "</p>"))
				for {
					if _, err := d.Token(); err == io.EOF {
						break
					} else if err != nil {
						t.Errorf("note %q is not an XHTML fragment: %v", n, err)
						break
					}
				}
			}
		})
	}
}

// xmlDoc is a parsed XML file: every element with its attributes.
type xmlElem struct {
	name  xml.Name
	attrs map[string]string
}

func readXML(t *testing.T, path string) []xmlElem {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []xmlElem
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s is not well-formed XML: %v", path, err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			e := xmlElem{name: se.Name, attrs: map[string]string{}}
			for _, a := range se.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			out = append(out, e)
		}
	}
	return out
}

// TestTaxonomy reads the extension taxonomy back: every facet concept a
// report uses is declared with its period type, every segment a member,
// every arcrole used has its arcroleRef, every locator finds its element,
// and the dimension defaults sit in a link of their own.
func TestTaxonomy(t *testing.T) {
	rep := guidanceReport(t)
	dir := t.TempDir()
	if err := WriteTaxonomy(dir, rep); err != nil {
		t.Fatal(err)
	}
	declared := map[string]map[string]string{}
	for _, e := range readXML(t, filepath.Join(dir, SchemaName)) {
		if e.name.Local == "element" {
			declared[e.attrs["id"]] = e.attrs
		}
	}
	for _, f := range Reportable(rep.Facts) {
		d := Dimensions(f)
		if q := d["concept"]; strings.HasPrefix(q, "facet:") {
			el := declared["facet_"+strings.TrimPrefix(q, "facet:")]
			want := map[bool]string{true: "instant", false: "duration"}[f.ConceptInfo().Instant]
			if el == nil || el["periodType"] != want || el["substitutionGroup"] != "xbrli:item" {
				t.Errorf("%s: declared %v, want a %s item", q, el, want)
			}
		}
		if m := d[SegmentAxis]; m != "" {
			el := declared["facet_"+strings.TrimPrefix(m, "facet:")]
			if el == nil || el["type"] != "nonnum:domainItemType" || el["abstract"] != "true" {
				t.Errorf("member %s declared %v", m, el)
			}
		}
	}
	if el := declared["facet_AdjustedEBITDA"]; el["balance"] != "credit" || el["type"] != "xbrli:monetaryItemType" {
		t.Errorf("AdjustedEBITDA declared %v", el)
	}
	if el := declared["facet_GrossMargin"]; el["type"] != "num:percentItemType" || el["balance"] != "" {
		t.Errorf("GrossMargin declared %v", el)
	}
	def := readXML(t, filepath.Join(dir, DefinitionName))
	refs, used := map[string]bool{}, map[string]bool{}
	roleOf := map[string]map[string]bool{}
	role := ""
	labels := map[string]string{}
	for _, e := range def {
		switch e.name.Local {
		case "arcroleRef":
			refs[e.attrs["arcroleURI"]] = true
		case "definitionLink":
			role = e.attrs["role"]
		case "loc":
			labels[e.attrs["label"]] = e.attrs["href"]
			href := e.attrs["href"]
			if file, id, _ := strings.Cut(href, "#"); file == SchemaName && declared[id] == nil {
				t.Errorf("locator %s points at nothing declared", href)
			}
		case "definitionArc":
			used[e.attrs["arcrole"]] = true
			if roleOf[e.attrs["arcrole"]] == nil {
				roleOf[e.attrs["arcrole"]] = map[string]bool{}
			}
			roleOf[e.attrs["arcrole"]][role] = true
		}
	}
	for a := range used {
		if !refs[a] {
			t.Errorf("arcrole %s has no arcroleRef", a)
		}
	}
	for _, a := range []string{arcAll, arcHypercubeDim, arcDimDomain, arcDomainMember, arcDimDefault} {
		if !used[a] {
			t.Errorf("no %s arc", a)
		}
	}
	if len(roleOf[arcDimDefault]) != 1 || !roleOf[arcDimDefault][roleDefaults] || roleOf[arcAll][roleDefaults] || roleOf[arcDomainMember][roleDefaults] {
		t.Errorf("dimension defaults in %v, hypercube in %v", roleOf[arcDimDefault], roleOf[arcAll])
	}
	for _, want := range []string{"us-gaap_SegmentDomain", "srt_ScenarioUnspecifiedDomain", "srt_RangeMember", "us-gaap_StatementBusinessSegmentsAxis"} {
		found := false
		for _, h := range labels {
			found = found || strings.HasSuffix(h, "#"+want)
		}
		if !found {
			t.Errorf("the definition linkbase never names %s", want)
		}
	}
	readXML(t, filepath.Join(dir, LabelName))
}

// sharedDir is ../shared beside the checkout, where the evaluation's tools
// and documents are, when this machine has it.
func sharedDir() string {
	if d := os.Getenv("FACET_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared")
}

// TestArelle validates the xBRL-JSON and xBRL-CSV reports of the samples,
// and of each document of ../shared/eval/dev, with Arelle, the reference
// XBRL processor: not one error or warning.
func TestArelle(t *testing.T) {
	check := filepath.Join(sharedDir(), "tools", "check-xbrl.py")
	if _, err := os.Stat(check); err != nil {
		t.Skipf("%s is not here: the Arelle check runs where ../shared is", check)
	}
	needTool(t, "Arelle's Python packages", "/usr/bin/python3", "-c", "import lxml, isodate, regex, pyparsing, dateutil, numpy, certifi, filelock, jsonschema, PIL")
	cases := map[string]func(t *testing.T) *parse.Report{
		"samples":  func(t *testing.T) *parse.Report { return sampleReport(t) },
		"guidance": guidanceReport,
	}
	dev, _ := filepath.Glob(filepath.Join(sharedDir(), "eval", "dev", "*.gold.tsv"))
	fyeRE := regexp.MustCompile(`(?m)^# fiscal-year-end:\s*(\d+)`)
	for _, gold := range dev {
		base := strings.TrimSuffix(gold, ".gold.tsv")
		docs, _ := filepath.Glob(base + ".*")
		var doc string
		for _, d := range docs {
			if !strings.HasSuffix(d, ".gold.tsv") {
				doc = d
			}
		}
		data, _ := os.ReadFile(gold)
		fye := 0
		if m := fyeRE.FindSubmatch(data); m != nil {
			fye, _ = strconv.Atoi(string(m[1]))
		}
		cases[filepath.Base(base)] = func(t *testing.T) *parse.Report {
			d, err := parse.Load(doc, parse.LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			return parse.Build([]*parse.Document{d}, parse.Options{FiscalYearEnd: time.Month(fye)})
		}
	}
	for name, mk := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rep := mk(t)
			dir := t.TempDir()
			report, csvDir := filepath.Join(dir, "report.json"), filepath.Join(dir, "csv")
			if err := WriteAll(rep, Targets{XBRLJSON: report, XBRLCSV: csvDir}); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command("/usr/bin/python3", check, report, filepath.Join(csvDir, CSVMetadataName)).CombinedOutput()
			if err != nil || !bytes.Contains(out, []byte("xbrl: valid")) {
				t.Errorf("Arelle: %v\n%s", err, out)
			}
			if !bytes.Contains(out, []byte(fmt.Sprintf("%s: Arelle exit 0, 0 messages", CSVMetadataName))) {
				t.Errorf("the xBRL-CSV report was not validated cleanly:\n%s", out)
			}
		})
	}
}
