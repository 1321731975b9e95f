package main

import (
	"io"
	"os"
	"runtime"
	"strings"
	"testing"
)

// Flags are checked before the window opens, so these need no display.
func TestWindowFlags(t *testing.T) {
	for _, args := range [][]string{{"-theme", "blue"}, {"-no-such-flag"}} {
		if code := runWindow(args); code != 2 {
			t.Errorf("facet %v: exit %d, want 2", args, code)
		}
	}
}

// TestNoDisplay: without a display Facet says so in one line and names
// the command that needs none, instead of a GLFW panic.
func TestNoDisplay(t *testing.T) {
	env := func(vars map[string]string) func(string) string { return func(k string) string { return vars[k] } }
	tests := []struct {
		goos string
		vars map[string]string
		say  bool
	}{
		{"linux", nil, true},
		{"freebsd", map[string]string{"DISPLAY": ""}, true},
		{"linux", map[string]string{"DISPLAY": ":0"}, false},
		{"linux", map[string]string{"WAYLAND_DISPLAY": "wayland-0"}, false},
		{"darwin", nil, false},
		{"windows", nil, false},
	}
	for _, tt := range tests {
		msg := noDisplay(tt.goos, env(tt.vars))
		if tt.say != (msg != "") || (tt.say && (!strings.Contains(msg, "facet export") || strings.Contains(msg, "\n"))) {
			t.Errorf("%s %v: %q", tt.goos, tt.vars, msg)
		}
	}
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	if runtime.GOOS == "linux" {
		if code := runWindow(nil); code != 1 {
			t.Errorf("without a display: exit %d, want 1", code)
		}
	}
}

// TestHelpListsExport: facet -h names the export subcommand beside the
// window's flags, and exits 0.
func TestHelpListsExport(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := os.Stderr
	os.Stderr = w
	code := runWindow([]string{"-h"})
	os.Stderr = stderr
	w.Close()
	out, _ := io.ReadAll(r)
	if code != 0 || !strings.Contains(string(out), "facet export [flags] FILE...") || !strings.Contains(string(out), "-screenshot") {
		t.Errorf("facet -h: exit %d, %q", code, out)
	}
}
