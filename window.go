package main

import (
	"errors"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"runtime"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/driver/software"

	"facet/app"
	"facet/icons"
)

// processStart is when the program began, for the smoke test's timing.
var processStart = time.Now()

// appID names Facet to the desktop (preferences, the desktop entry); it
// is FyneApp.toml's ID.
const appID = "dev.facet.app"

// runWindow opens the review window on the documents named in args, or on
// the built-in samples when there are none.
func runWindow(args []string) int {
	fs := flag.NewFlagSet("facet", flag.ContinueOnError)
	review := fs.String("review", "", "open the review file at `PATH` with its documents")
	shot := fs.String("screenshot", "", "render the window once the documents are loaded to `PNG`, then exit")
	smoke := fs.Bool("smoke", false, "start, load the documents, check the table has figures, and exit (for CI)")
	look := fs.String("theme", "", "light or dark (default: the system's, or the one chosen in the View menu)")
	fs.Usage = func() {
		out := fs.Output()
		fmt.Fprintln(out, "usage: facet [flags] [FILE...]          open the window on these documents (the samples when none)")
		fmt.Fprintln(out, "       facet export [flags] FILE...     no window: write the workbook and XBRL (facet export -h)")
		fmt.Fprintln(out, "flags of the window:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	appearance := map[string]app.Appearance{"light": app.LightAppearance, "dark": app.DarkAppearance}
	if _, ok := appearance[*look]; *look != "" && !ok {
		fmt.Fprintf(os.Stderr, "facet: -theme %q: use light or dark\n", *look)
		return 2
	}
	if msg := noDisplay(runtime.GOOS, os.Getenv); msg != "" {
		fmt.Fprintln(os.Stderr, msg)
		return 1
	}
	a := fyneapp.NewWithID(appID)
	a.SetIcon(icons.App)
	if *look != "" {
		a.Preferences().SetInt(app.PrefAppearance, int(appearance[*look]))
	}
	cfg := app.Config{Samples: sampleDocuments, Icon: icons.App}
	if *shot != "" || *smoke {
		// an automated run leaves no review behind in the person's folder
		dir, err := os.MkdirTemp("", "facet-smoke-")
		if err != nil {
			fmt.Fprintln(os.Stderr, "facet:", err)
			return 1
		}
		defer os.RemoveAll(dir)
		cfg.ReviewDir = dir
	}
	u := app.New(a, cfg)
	u.Start(fs.Args(), *review)
	result := make(chan int, 1)
	if *shot != "" || *smoke {
		go func() { result <- automated(a, u, *shot) }()
	}
	u.Window().ShowAndRun()
	if err := u.Close(); err != nil {
		// the window went without asking (the program was told to stop)
		fmt.Fprintf(os.Stderr, "facet: %v.\n", err)
	}
	if *shot != "" || *smoke {
		return <-result
	}
	return 0
}

// automated waits for the documents to load and a frame to be drawn,
// checks that the table shows figures, writes the screenshot if asked,
// and quits. It runs off the UI goroutine.
func automated(a fyne.App, u *app.UI, shot string) int {
	watchdog := time.AfterFunc(2*time.Minute, func() {
		fmt.Fprintln(os.Stderr, "facet: the window did not finish loading within 2 minutes")
		os.Exit(1)
	})
	defer watchdog.Stop()
	u.Wait()
	loaded := time.Since(processStart)
	time.Sleep(700 * time.Millisecond) // let the driver draw the loaded table
	code := 0
	defer fyne.Do(a.Quit)
	fyne.DoAndWait(func() {
		m := u.Model()
		fmt.Printf("facet: %d facts from %d documents in the table %v after start\n", m.AllRows(), len(m.Report().Documents), loaded.Round(time.Millisecond))
		if m.AllRows() == 0 {
			fmt.Fprintln(os.Stderr, "facet: the table is empty")
			code = 1
		}
		if shot == "" {
			return
		}
		img := renderWindow(u.Window())
		f, err := os.Create(shot)
		if err == nil {
			err = png.Encode(f, img)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "facet: the screenshot could not be written:", err)
			code = 1
		}
	})
	return code
}

// renderWindow draws the window's content with Fyne's software painter:
// the GL canvas's Capture reads the front buffer, which is black under
// Xvfb. The content moves to the software canvas, so this is the last
// thing done before quitting. The menu bar, drawn by the GL driver, is not
// part of the content.
func renderWindow(w fyne.Window) image.Image {
	size := w.Canvas().Size()
	content := w.Content()
	c := software.NewCanvas()
	c.SetContent(content)
	c.Resize(size)
	return c.Capture()
}

// noDisplay says, in one line, why no window can open and what to run
// instead, or "" when a display is there: on Linux and the BSDs a window
// needs an X or Wayland display, and without one GLFW would panic.
func noDisplay(goos string, getenv func(string) string) string {
	switch goos {
	case "darwin", "windows", "android", "ios", "js":
		return ""
	}
	if getenv("DISPLAY") != "" || getenv("WAYLAND_DISPLAY") != "" {
		return ""
	}
	return "facet: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set); without a window, run: facet export -xlsx figures.xlsx FILE..."
}
