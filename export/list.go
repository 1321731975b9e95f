package export

import (
	"fmt"
	"io"
	"strings"

	"facet/parse"
)

// WriteList writes the facts as plain text, one block per fact with its
// sources: a quick look at what Facet read, for the command line.
func WriteList(w io.Writer, rep *parse.Report) error {
	for _, d := range rep.Documents {
		c := d.Context
		if _, err := fmt.Fprintf(w, "# %s: %s, %s, %s, %s%s\n", d.Name, c.Company, c.Kind, c.PeriodLabel(), c.Currency, nonGAAPText(c.NonGAAP)); err != nil {
			return err
		}
	}
	for _, f := range rep.Facts {
		cal := parse.Calendar{}
		if len(f.Sources) > 0 {
			cal = f.Sources[0].Doc.Context.Calendar
		}
		seg := ""
		if f.Segment != "" {
			seg = " [" + f.Segment + "]"
		}
		scen := ""
		if f.Scenario == parse.Forecast {
			scen = " forecast"
			if f.Bound != parse.Point {
				scen += "-" + f.Bound.String()
			}
		}
		fmt.Fprintf(w, "\n%-12s %s%s %s%s = %s %s (decimals %d, confidence %.2f)\n", f.Status, f.Concept, seg, cal.Label(f.Period), scen, f.Value.String(), f.Currency, f.Decimals, f.Confidence)
		for _, n := range f.Notes {
			fmt.Fprintf(w, "    note: %s\n", n)
		}
		for _, m := range f.Sources {
			q := m.Quote
			lo, hi := max(0, m.Figure.Start-90), min(len(q), m.Figure.End+60)
			snippet := strings.Join(strings.Fields(q[lo:m.Figure.Start]+"[["+q[m.Figure.Start:m.Figure.End]+"]]"+q[m.Figure.End:hi]), " ")
			line, _ := m.Doc.LineCol(m.Span.Start)
			fmt.Fprintf(w, "    %s:%d %s (%s, %.2f): …%s…\n", m.Doc.Name, line, m.Value.String(), m.Rule, m.Confidence, snippet)
			for _, n := range m.Notes {
				fmt.Fprintf(w, "        %s\n", n)
			}
		}
	}
	fmt.Fprintf(w, "\nGrowth rates:\n")
	for _, g := range rep.Growth {
		fmt.Fprintf(w, "  %s %s: %s over %d months: %q\n", g.Doc.Name, g.Key, g.Rate, g.Months, g.Quote)
	}
	fmt.Fprintf(w, "\nFindings:\n")
	for _, fd := range rep.Findings {
		mark := "FAIL"
		switch {
		case fd.Resolved:
			mark = "RESOLVED"
		case fd.OK:
			mark = "ok"
		}
		fmt.Fprintf(w, "  %-8s %-8s %s\n", mark, fd.Kind, fd.Message)
	}
	_, err := fmt.Fprintf(w, "\n%d facts\n", len(rep.Facts))
	return err
}

func nonGAAPText(b bool) string {
	if b {
		return ", non-GAAP unless stated"
	}
	return ""
}
