package main

import "testing"

// Flags are checked before the window opens, so these need no display.
func TestWindowFlags(t *testing.T) {
	for _, args := range [][]string{{"-theme", "blue"}, {"-no-such-flag"}} {
		if code := runWindow(args); code != 2 {
			t.Errorf("facet %v: exit %d, want 2", args, code)
		}
	}
}
