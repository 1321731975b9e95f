package export

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"facet/parse"
)

// The xBRL-CSV report's files: the OIM metadata and two tables, one of
// the facts and one of the notes on facts that need review.
const (
	CSVMetadataName = "metadata.json"
	CSVFactsName    = "facts.csv"
	CSVNotesName    = "notes.csv"
)

// csvColumns are the facts table's columns; value is the fact column and
// the others give its dimensions, by reference.
var csvColumns = []string{"id", "concept", "entity", "period", "unit", "segment", "scenario", "range", "decimals", "value"}

// WriteXBRLCSV writes the facts as an OIM xBRL-CSV report into the folder
// dir, made if need be: the metadata file, the facts and notes tables and
// the extension taxonomy. Other files in the folder are left alone.
// It holds the same facts as WriteXBRLJSON, guidance included.
func WriteXBRLCSV(dir string, rep *parse.Report) error {
	if err := ensureDir(dir); err != nil {
		return err
	}
	facts := Reportable(rep.Facts)
	var links map[string][]string // written by the notes, read by the metadata after them
	files := append(taxonomyFiles(dir, rep),
		outFile{filepath.Join(dir, CSVNotesName), func(w io.Writer) error {
			var err error
			links, err = writeCSVNotes(w, facts)
			return err
		}},
		outFile{filepath.Join(dir, CSVFactsName), func(w io.Writer) error { return writeCSVFacts(w, facts) }},
		// the metadata last: a reader that finds it finds its tables
		outFile{filepath.Join(dir, CSVMetadataName), func(w io.Writer) error { return writeCSVMetadata(w, links) }},
	)
	// all or nothing: notes.csv's links must match the metadata's
	return writeFiles(files)
}

// csvCell escapes a value that would read as one of xBRL-CSV's special
// values (#nil, #empty…): a leading # is doubled.
func csvCell(s string) string {
	if strings.HasPrefix(s, "#") {
		return "#" + s
	}
	return s
}

func writeCSVFacts(w io.Writer, facts []*parse.Fact) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(csvColumns); err != nil {
		return err
	}
	row := make([]string, len(csvColumns))
	for i, f := range facts {
		d := Dimensions(f)
		row[0] = FactID(i)
		row[1] = d["concept"]
		row[2] = d["entity"]
		row[3] = d["period"]
		row[4] = d["unit"]
		row[5] = d[SegmentAxis]
		row[6] = d[ScenarioAxis]
		row[7] = d[RangeAxis]
		row[8] = strconv.Itoa(f.Decimals)
		row[9] = f.Value.String()
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeCSVNotes writes the notes table and returns the footnote links
// from each fact to its note, by the ids xBRL-CSV gives them.
func writeCSVNotes(w io.Writer, facts []*parse.Fact) (map[string][]string, error) {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write([]string{"id", "note"}); err != nil {
		return nil, err
	}
	links := map[string][]string{}
	for i, f := range facts {
		note := ReviewNote(f)
		if note == "" {
			continue
		}
		id := FactID(i)
		if err := cw.Write([]string{id + "-note", csvCell(esc(note))}); err != nil {
			return nil, err
		}
		links["facts.r_"+id+".value"] = []string{"notes.r_" + id + "-note.note"}
	}
	cw.Flush()
	return links, cw.Error()
}

func writeCSVMetadata(w io.Writer, links map[string][]string) error {
	ref := func(col string) string { return "$" + col }
	meta := map[string]any{
		"documentInfo": map[string]any{
			"documentType": "https://xbrl.org/2021/xbrl-csv",
			"namespaces":   Namespaces(),
			"linkTypes":    map[string]string{"footnote": "http://www.xbrl.org/2003/arcrole/fact-footnote"},
			"linkGroups":   map[string]string{"_": "http://www.xbrl.org/2003/role/link"},
			"taxonomy":     []string{SchemaName},
		},
		"tableTemplates": map[string]any{
			"facts": map[string]any{
				"rowIdColumn": "id",
				"columns": map[string]any{
					"id": map[string]any{}, "concept": map[string]any{}, "entity": map[string]any{},
					"period": map[string]any{}, "unit": map[string]any{}, "segment": map[string]any{},
					"scenario": map[string]any{}, "range": map[string]any{}, "decimals": map[string]any{},
					"value": map[string]any{
						"dimensions": map[string]string{
							"concept": ref("concept"), "entity": ref("entity"), "period": ref("period"), "unit": ref("unit"),
							SegmentAxis: ref("segment"), ScenarioAxis: ref("scenario"), RangeAxis: ref("range"),
						},
						"decimals": ref("decimals"),
					},
				},
			},
			"notes": map[string]any{
				"rowIdColumn": "id",
				"columns": map[string]any{
					"id":   map[string]any{},
					"note": map[string]any{"dimensions": map[string]string{"concept": "xbrl:note", "language": "en"}},
				},
			},
		},
		"tables": map[string]any{
			"facts": map[string]string{"template": "facts", "url": CSVFactsName},
			"notes": map[string]string{"template": "notes", "url": CSVNotesName},
		},
	}
	if len(links) > 0 {
		meta["links"] = map[string]any{"footnote": map[string]any{"_": links}}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(meta)
}
