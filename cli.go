package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"facet/export"
	"facet/parse"
)

// runExport is `facet export [flags] FILE...`: no window; load, extract,
// reconcile, apply corrections, write. Bad input (a document that does not
// load, a damaged review file) is named on stderr and nothing is written.
func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: facet export [flags] FILE...")
		fmt.Fprintln(stderr, "Reads the documents, finds their figures and writes them; nothing opens a window.")
		fs.PrintDefaults()
	}
	var t export.Targets
	fs.StringVar(&t.Workbook, "xlsx", "", "write the Excel workbook to `PATH`")
	fs.StringVar(&t.XBRLJSON, "xbrl", "", "write the xBRL-JSON report to `PATH` (its taxonomy, facet.xsd, beside it)")
	fs.StringVar(&t.XBRLCSV, "xbrl-csv", "", "write the xBRL-CSV report (metadata.json, tables, taxonomy) into folder `DIR`")
	corrections := fs.String("corrections", "", "apply the review file at `PATH` (saved by the window) before writing")
	list := fs.Bool("list", false, "print every fact with its sources")
	var fye monthFlag
	fs.Var(&fye, "fiscal-year-end", "the `MM` month the fiscal year ends (default: read from the documents, else 12)")
	var scale scaleFlag
	fs.Var(&scale, "scale", "show money in the workbook in `thousands|millions|billions` (default millions; the cells hold money in it, the Facts sheet exact values)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "facet export: no documents given")
		fs.Usage()
		return 2
	}
	if t.Workbook == "" && t.XBRLJSON == "" && t.XBRLCSV == "" && !*list {
		fmt.Fprintln(stderr, "facet export: nothing to write: give -xlsx, -xbrl, -xbrl-csv or -list")
		return 2
	}
	t.DisplayScale = int(scale)
	docs, errs := parse.LoadAll(fs.Args(), parse.LoadOptions{})
	for _, err := range errs {
		fmt.Fprintln(stderr, "facet:", err)
	}
	if len(errs) > 0 {
		fmt.Fprintf(stderr, "facet: %d of %d documents could not be loaded; nothing was written\n", len(errs), fs.NArg())
		return 1
	}
	var rv *parse.Review
	if *corrections != "" {
		var err error
		if rv, err = parse.LoadReview(*corrections); err != nil {
			fmt.Fprintln(stderr, "facet:", err)
			fmt.Fprintln(stderr, "facet: nothing was written")
			return 1
		}
	}
	// the fiscal years and documents' periods a person chose in the window
	opt := parse.Options{FiscalYearEnd: time.Month(fye), FiscalYearEnds: rv.FiscalYearEndMonths(), Periods: rv.DocumentPeriods()}
	rep := parse.Build(docs, opt)
	if rv != nil {
		rep.Refresh(rv.Corrections)
		if n := len(rep.Stale); n > 0 {
			fmt.Fprintf(stderr, "facet: %s: %d of %d corrections match no figure now and were not applied:\n", *corrections, n, len(rv.Corrections))
			for _, s := range rep.Stale {
				fmt.Fprintln(stderr, "  -", s.Reason)
			}
		}
		if t.DisplayScale == 0 {
			t.DisplayScale = rv.DisplayScale
		}
	}
	if err := export.WriteAll(rep, t); err != nil {
		fmt.Fprintln(stderr, "facet:", err)
		return 1
	}
	summaryTo := stdout
	if *list {
		if err := export.WriteList(stdout, rep); err != nil {
			fmt.Fprintln(stderr, "facet: the list could not be written:", err)
			return 1
		}
		summaryTo = stderr // stdout is the list
	}
	fmt.Fprintln(summaryTo, summary(rep, t))
	return 0
}

// summary is the one line export prints: what it wrote, how many figures
// from how many documents, and how many still want a person's look.
func summary(rep *parse.Report, t export.Targets) string {
	var files []string
	for _, p := range []string{t.Workbook, t.XBRLJSON, t.XBRLCSV} {
		if p != "" {
			files = append(files, p)
		}
	}
	facts := export.Reportable(rep.Facts)
	review, conflict := parse.OpenCounts(facts)
	wrote := "wrote nothing"
	if len(files) > 0 {
		wrote = "wrote " + strings.Join(files, ", ")
	}
	docs := len(rep.Documents)
	return fmt.Sprintf("facet: %s: %d %s from %d %s; %d %s review, %d %s.", wrote,
		len(facts), plural(len(facts), "figure", "figures"), docs, plural(docs, "document", "documents"),
		review, plural(review, "needs", "need"), conflict, plural(conflict, "conflict", "conflicts"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// monthFlag reads a month number written as people write it: "8", "08", "12".
type monthFlag int

func (m *monthFlag) String() string { return fmt.Sprint(int(*m)) }

func (m *monthFlag) Set(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1 || n > 12 {
		return fmt.Errorf("%q is not a month: give 1 to 12", s)
	}
	*m = monthFlag(n)
	return nil
}

// scaleFlag reads the workbook's display scale as a word or a power of
// ten: "millions", "thousand", "9".
type scaleFlag int

func (s *scaleFlag) String() string { return fmt.Sprint(int(*s)) }

func (s *scaleFlag) Set(v string) error {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "thousand", "thousands", "k", "3":
		*s = 3
	case "million", "millions", "m", "mn", "6":
		*s = 6
	case "billion", "billions", "bn", "b", "9":
		*s = 9
	default:
		return fmt.Errorf("%q is not a display scale: give thousands, millions or billions", v)
	}
	return nil
}
