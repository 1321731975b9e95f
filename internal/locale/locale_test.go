package locale

import (
	"os"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		env  map[string]string // LC_ALL, LC_MESSAGES, LANG
		want map[string]string
	}{
		{map[string]string{"LANG": "C.UTF-8"}, map[string]string{"LANG": "C"}},
		{map[string]string{"LANG": "POSIX.utf8"}, map[string]string{"LANG": "C"}},
		{map[string]string{"LANG": "C"}, map[string]string{"LANG": "C"}},
		{map[string]string{"LANG": "en_GB.UTF-8"}, map[string]string{"LANG": "en_GB.UTF-8"}},
		{map[string]string{"LANG": "Ca_ES.UTF-8"}, map[string]string{"LANG": "Ca_ES.UTF-8"}},
		// only the variable that decides is changed
		{map[string]string{"LC_ALL": "de_DE.UTF-8", "LANG": "C.UTF-8"}, map[string]string{"LC_ALL": "de_DE.UTF-8", "LANG": "C.UTF-8"}},
		{map[string]string{"LC_MESSAGES": "C.UTF-8", "LANG": "C.UTF-8"}, map[string]string{"LC_MESSAGES": "C", "LANG": "C.UTF-8"}},
	}
	for _, tc := range tests {
		for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
			t.Setenv(name, tc.env[name])
		}
		Normalize()
		for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
			if got := os.Getenv(name); got != tc.want[name] {
				t.Errorf("%v: %s=%q, want %q", tc.env, name, got, tc.want[name])
			}
		}
	}
}
