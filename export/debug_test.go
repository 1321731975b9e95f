package export

import (
	"fmt"
	"path/filepath"
	"testing"

	"facet/parse"
)

func TestDebugLayout(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/samples/*.txt")
	docs, _ := parse.LoadAll(paths, parse.LoadOptions{})
	rep := parse.Build(docs, parse.Options{})
	for _, e := range rep.Entities() {
		co := buildCompany(e, rep.CalendarOf(e), Reportable(rep.Facts), [4]string{"Summary", "Segments", "Costs", "Cash flow"})
		for _, st := range co.sheets {
			fmt.Println("==", e, st.name)
			for _, l := range st.lines {
				fmt.Printf("%3d %-40s", l.row, l.label)
				for i, c := range l.cells {
					switch c.kind {
					case inputCell:
						fmt.Printf(" %s=I%s", st.cols[i].label, c.value)
					case formulaCell:
						fmt.Printf(" %s=F(%s)%s", st.cols[i].label, c.f.text(st), c.value.StringFixed(4))
					}
				}
				fmt.Println()
			}
			for _, rc := range st.checks {
				fmt.Println("   check", rc.at.line.label, st.cols[rc.at.col].label, rc.agrees, rc.value, rc.stated.Value)
			}
		}
	}
}
