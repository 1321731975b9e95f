package app

// The test binary reads the locale as the app does: without this, Fyne
// logs "Error parsing user locale" on Debian's C.UTF-8 at every test run.
import _ "facet/internal/locale"
