// Command facet finds the financial figures in companies' documents, lets
// a person review them, and exports them as a workbook and XBRL data.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"time"

	"facet/export"
	"facet/parse"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "export" {
		os.Exit(runExport(os.Args[2:]))
	}
	fmt.Fprintln(os.Stderr, "facet: the window is not built yet; use: facet export -xbrl out.json FILE...")
	os.Exit(2)
}

func runExport(args []string) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	xbrl := fs.String("xbrl", "", "write the xBRL-JSON report to `PATH`")
	list := fs.Bool("list", false, "print every fact with its sources")
	fye := fs.Int("fiscal-year-end", 0, "the `MM` month the fiscal year ends (default: read from the documents, else 12)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "facet export: no documents given")
		return 2
	}
	docs, errs := parse.LoadAll(fs.Args(), parse.LoadOptions{})
	for _, err := range errs {
		fmt.Fprintln(os.Stderr, "facet:", err)
	}
	if len(docs) == 0 {
		return 1
	}
	rep := parse.Build(docs, parse.Options{FiscalYearEnd: time.Month(*fye)})
	if *xbrl != "" {
		f, err := os.Create(*xbrl)
		if err != nil {
			fmt.Fprintln(os.Stderr, "facet:", err)
			return 1
		}
		if err := export.WriteXBRLJSON(f, rep); err != nil {
			fmt.Fprintln(os.Stderr, "facet:", errors.Join(err, f.Close()))
			return 1
		}
		f.Close()
	}
	if *list {
		export.WriteList(os.Stdout, rep)
	}
	if len(errs) > 0 {
		return 1
	}
	return 0
}
