package main

import (
	"fmt"
	"os"
)

// runWindow opens the review window on the documents named in args, or on
// the built-in samples when there are none.
func runWindow(args []string) int {
	fmt.Fprintln(os.Stderr, "facet: the window is not built yet; use: facet export -xbrl out.json FILE...")
	return 2
}
