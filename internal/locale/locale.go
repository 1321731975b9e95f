// Package locale keeps Fyne from logging an error on every start where
// the locale is "C.UTF-8" (Debian's default in containers and on many
// servers). Fyne's locale lookup accepts "C" and "POSIX" but reads
// "C.UTF-8" as a language tag and fails, at package init.
//
// Importing this package for its side effect, from main, fixes that:
// Go initialises packages in import-path order once their own imports
// are ready, so this one ("facet/…", needing only os and strings) runs
// before any "fyne.io/…" package. It changes nothing but the spelling of
// a C locale, and only in this process's environment.
package locale

import (
	"os"
	"strings"
)

func init() { Normalize() }

// Normalize rewrites the locale variable that decides the language (the
// first of LC_ALL, LC_MESSAGES and LANG that is set) from "C.<charset>"
// or "POSIX.<charset>" to "C". Other locales are left as they are.
func Normalize() {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		if IsPlainC(v) && v != "C" {
			os.Setenv(name, "C")
		}
		return
	}
}

// IsPlainC reports whether a locale names the C locale, with or without a
// character set or modifier ("C", "C.UTF-8", "POSIX", "C.utf8@euro").
func IsPlainC(v string) bool {
	base, _, _ := strings.Cut(v, "@")
	base, _, _ = strings.Cut(base, ".")
	return base == "C" || base == "POSIX"
}
