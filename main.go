// Command facet finds the financial figures in companies' documents, lets
// a person review them, and exports them as a workbook and XBRL data.
//
//	facet                          open the window on the built-in sample documents
//	facet FILE...                  open the window on these documents
//	facet export [flags] FILE...   no window: load, extract, reconcile, apply corrections, write
package main

import (
	"os"

	_ "facet/internal/locale" // before Fyne reads the locale; see the package
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "export" {
		os.Exit(runExport(os.Args[2:], os.Stdout, os.Stderr))
	}
	os.Exit(runWindow(os.Args[1:]))
}
