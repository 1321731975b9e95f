package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"facet/parse"
)

func samplePaths(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("testdata/samples/*.txt")
	if err != nil || len(paths) != 5 {
		t.Fatalf("samples: %v %v", paths, err)
	}
	return paths
}

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = runExport(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// TestExportAll writes the workbook, xBRL-JSON and xBRL-CSV in one run.
func TestExportAll(t *testing.T) {
	dir := t.TempDir()
	book, report, csvDir := filepath.Join(dir, "out.xlsx"), filepath.Join(dir, "out.json"), filepath.Join(dir, "csv")
	code, stdout, stderr := runCLI(append([]string{"-xlsx", book, "-xbrl", report, "-xbrl-csv", csvDir, "-scale", "thousands"}, samplePaths(t)...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// one line says what was written and what still wants a look
	want := regexp.MustCompile(`^facet: wrote ` + regexp.QuoteMeta(book+", "+report+", "+csvDir) + `: [1-9][0-9]* figures from 5 documents; [0-9]+ needs? review, [0-9]+ conflicts?\.\n$`)
	if !want.MatchString(stdout) {
		t.Errorf("export printed %q, want one line matching %s", stdout, want)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if units, _ := f.GetCellValue(f.GetSheetList()[0], "A2"); units != "RMB thousand" {
		t.Errorf("units %q, want RMB thousand", units)
	}
	for _, p := range []string{report, filepath.Join(dir, "facet.xsd"), filepath.Join(csvDir, "metadata.json"), filepath.Join(csvDir, "facts.csv"), filepath.Join(csvDir, "facet.xsd")} {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was not written: %v", p, err)
		}
	}
}

// TestExportBadInput: a document that cannot be read, a damaged review
// file or a bad flag is named on stderr, the exit is not zero, and
// nothing is written.
func TestExportBadInput(t *testing.T) {
	dir := t.TempDir()
	damaged := filepath.Join(dir, "review.json")
	os.WriteFile(damaged, []byte(`{"version": 1, "corrections": [`), 0o644)
	missing := filepath.Join(dir, "no-such-call.txt")
	cases := []struct {
		name string
		args []string
		code int
		says []string
	}{
		{"a missing document", []string{missing}, 1, []string{missing, "does not exist", "nothing was written"}},
		{"a damaged review", []string{"-corrections", damaged}, 1, []string{damaged, "not a Facet review file", "nothing was written"}},
		{"a missing review", []string{"-corrections", filepath.Join(dir, "gone.json")}, 1, []string{"gone.json", "does not exist"}},
		{"a display scale Excel cannot show", []string{"-scale", "lakhs"}, 2, []string{`"lakhs" is not a display scale`}},
		{"a month that is none", []string{"-fiscal-year-end", "13"}, 2, []string{`"13" is not a month`}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			args := append([]string{"-xlsx", out + ".xlsx", "-xbrl", out + ".json", "-xbrl-csv", out + "-csv"}, tc.args...)
			args = append(args, samplePaths(t)...)
			code, _, stderr := runCLI(args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d; stderr: %s", code, tc.code, stderr)
			}
			for _, s := range tc.says {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr %q does not say %q", stderr, s)
				}
			}
			entries, _ := os.ReadDir(filepath.Dir(out))
			if len(entries) > 0 {
				t.Errorf("%d files written", len(entries))
			}
		})
	}
	if code, _, stderr := runCLI(samplePaths(t)...); code != 2 || !strings.Contains(stderr, "nothing to write") {
		t.Errorf("no outputs: exit %d, %q", code, stderr)
	}
}

// TestExportCorrections applies a saved review before writing.
func TestExportCorrections(t *testing.T) {
	docs, _ := parse.LoadAll(samplePaths(t), parse.LoadOptions{})
	rep := parse.Build(docs, parse.Options{})
	var target *parse.Fact
	for _, f := range rep.Facts {
		if f.Concept == "Revenue" && f.Segment == "" && f.Scenario == parse.Actual {
			target = f
			break
		}
	}
	rv := &parse.Review{Corrections: []parse.Correction{
		{Action: parse.SetValue, Key: parse.KeyOf(target.Key), Value: "1234500000"},
		{Action: parse.Confirm, Key: parse.FactKey{Entity: "Nobody", Concept: "Revenue", End: "2020-12-31", Start: "2020-01-01"}},
	}}
	dir := t.TempDir()
	review := filepath.Join(dir, "review.json")
	if err := parse.SaveReview(review, rv); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(dir, "out.json")
	code, _, stderr := runCLI(append([]string{"-corrections", review, "-xbrl", report}, samplePaths(t)...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "1 of 2 corrections match no figure now") {
		t.Errorf("the stale correction is not reported: %q", stderr)
	}
	data, _ := os.ReadFile(report)
	var doc struct {
		Facts map[string]struct {
			Value      string            `json:"value"`
			Dimensions map[string]string `json:"dimensions"`
		} `json:"facts"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range doc.Facts {
		if f.Value == "1234500000" && f.Dimensions["concept"] == "us-gaap:Revenues" {
			found = true
		}
	}
	if !found {
		t.Error("the corrected revenue is not in the report")
	}
}

// TestNoLocaleNoise: on a machine whose locale is C.UTF-8 (Debian's
// default), starting facet writes nothing to stderr. Fyne reads the
// locale at package init, so only a fresh process can show it: the test
// runs its own binary again, which links the same packages as facet.
func TestNoLocaleNoise(t *testing.T) {
	if os.Getenv("FACET_LOCALE_CHILD") != "" {
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestNoLocaleNoise$")
	cmd.Env = append(os.Environ(), "FACET_LOCALE_CHILD=1", "LC_ALL=", "LC_MESSAGES=", "LANG=C.UTF-8")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %s", err, stderr.String())
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr under LANG=C.UTF-8: %s", stderr.String())
	}
}

// TestExportFollowsTheReviewsFiscalYear: a review saved by the window
// carries its choice of fiscal year end, and export reads the documents in
// that calendar: HP's quarter ends in October.
func TestExportFollowsTheReviewsFiscalYear(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "hp.txt")
	os.WriteFile(doc, []byte("Welcome to the HP Inc. fourth quarter fiscal 2021 earnings call.\nIn Q4, net revenue was $16.7 billion, up 9%.\n"), 0o644)
	review := filepath.Join(dir, "hp.facet.json")
	rv := &parse.Review{Corrections: []parse.Correction{}, FiscalYearEnds: map[string]int{"HP": 10}}
	if err := parse.SaveReview(review, rv); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(dir, "hp.json")
	if code, _, stderr := runCLI("-xbrl", report, "-corrections", review, doc); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "2021-08-01T00:00:00/2021-11-01T00:00:00") {
		t.Errorf("the quarter is not August to October 2021:\n%.600s", data)
	}
}
