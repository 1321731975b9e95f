package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"facet/export"
	"facet/internal/atomic"
	"facet/parse"
)

// runExport is `facet export [flags] FILE...`: no window; load, extract,
// reconcile, apply corrections, write.
func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	xbrl := fs.String("xbrl", "", "write the xBRL-JSON report to `PATH`")
	list := fs.Bool("list", false, "print every fact with its sources")
	var fye monthFlag
	fs.Var(&fye, "fiscal-year-end", "the `MM` month the fiscal year ends (default: read from the documents, else 12)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "facet export: no documents given")
		return 2
	}
	docs, errs := parse.LoadAll(fs.Args(), parse.LoadOptions{})
	for _, err := range errs {
		fmt.Fprintln(stderr, "facet:", err)
	}
	if len(docs) == 0 {
		return 1
	}
	rep := parse.Build(docs, parse.Options{FiscalYearEnd: time.Month(fye)})
	if *xbrl != "" {
		if err := atomic.WriteFile(*xbrl, func(w io.Writer) error { return export.WriteXBRLJSON(w, rep) }); err != nil {
			fmt.Fprintln(stderr, "facet:", err)
			return 1
		}
	}
	if *list {
		if err := export.WriteList(stdout, rep); err != nil {
			fmt.Fprintln(stderr, "facet:", errors.Unwrap(err))
			return 1
		}
	}
	if len(errs) > 0 {
		return 1
	}
	return 0
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
