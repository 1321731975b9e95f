package export

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"facet/parse"
)

// leftovers lists the temporary files a failed write left in dir.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			out = append(out, e.Name())
		}
	}
	return out
}

// TestWriteAllFailures: a path that cannot be written gives a sentence a
// person can act on, names the file, wraps the cause, and leaves nothing
// half-written behind.
func TestWriteAllFailures(t *testing.T) {
	rep := guidanceReport(t)
	base := t.TempDir()
	file := filepath.Join(base, "notes.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(base, "taken.xlsx"), 0o755); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		targets Targets
		reason  string
		cause   any // an error it wraps, or a pointer to a type it wraps
	}{
		{"a folder that does not exist", Targets{Workbook: filepath.Join(base, "missing", "out.xlsx")}, "the folder " + filepath.Join(base, "missing") + " does not exist", os.ErrNotExist},
		{"a file where a folder should be", Targets{Workbook: filepath.Join(file, "out.xlsx")}, file + " is not a folder", syscall.ENOTDIR},
		{"a folder where the workbook should be", Targets{Workbook: filepath.Join(base, "taken.xlsx")}, "a folder of that name is in the way", new(*os.LinkError)},
		{"a CSV folder under a file", Targets{XBRLCSV: filepath.Join(file, "csv")}, "is not a folder", syscall.ENOTDIR},
		{"an xBRL-JSON report in a folder that does not exist", Targets{XBRLJSON: filepath.Join(base, "missing", "report.json")}, "the folder " + filepath.Join(base, "missing") + " does not exist", os.ErrNotExist},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := WriteAll(rep, tc.targets)
			var we *WriteError
			if !errors.As(err, &we) {
				t.Fatalf("error %v (%T), want a *WriteError", err, err)
			}
			if !strings.HasPrefix(err.Error(), "cannot write ") || !strings.Contains(err.Error(), tc.reason) {
				t.Errorf("error %q, want it to say %q", err, tc.reason)
			}
			if cause, ok := tc.cause.(error); ok && !errors.Is(err, cause) || !ok && !errors.As(err, tc.cause) {
				t.Errorf("error %v does not wrap %v", err, tc.cause)
			}
			if l := leftovers(t, base); len(l) > 0 {
				t.Errorf("temporary files left behind: %v", l)
			}
		})
	}
	t.Run("an xBRL-CSV report is replaced whole or not at all", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "csv")
		if err := WriteXBRLCSV(dir, rep); err != nil {
			t.Fatal(err)
		}
		before, _ := os.ReadFile(filepath.Join(dir, CSVFactsName))
		// the last file to be renamed cannot be: a folder is in its way
		if err := os.Remove(filepath.Join(dir, CSVMetadataName)); err != nil {
			t.Fatal(err)
		}
		if err := os.Mkdir(filepath.Join(dir, CSVMetadataName), 0o755); err != nil {
			t.Fatal(err)
		}
		err := WriteXBRLCSV(dir, testReport(t, parse.Calendar{}, fx{concept: "Revenue", period: "Q2 2025", value: "1", decimals: 0}))
		if err == nil || !strings.Contains(err.Error(), "a folder of that name is in the way") {
			t.Errorf("error %v", err)
		}
		if after, _ := os.ReadFile(filepath.Join(dir, CSVFactsName)); string(after) != string(before) {
			t.Error("facts.csv was replaced though its metadata could not be")
		}
		if l := leftovers(t, dir); len(l) > 0 {
			t.Errorf("temporary files left behind: %v", l)
		}
	})
	t.Run("a temporary folder that cannot be used is named, not the target's", func(t *testing.T) {
		dir := t.TempDir()
		t.Setenv("TMPDIR", filepath.Join(base, "no-tmp"))
		err := WriteAll(rep, Targets{Workbook: filepath.Join(dir, "out.xlsx")})
		if err == nil || !strings.Contains(err.Error(), "the temporary folder "+filepath.Join(base, "no-tmp")) || strings.Contains(err.Error(), "the folder "+dir) {
			t.Errorf("error %v, want it to name the temporary folder", err)
		}
		if entries, _ := os.ReadDir(dir); len(entries) > 0 {
			t.Errorf("%d files left in the target folder", len(entries))
		}
	})
	t.Run("an unsupported display scale writes nothing", func(t *testing.T) {
		dir := t.TempDir()
		err := WriteAll(rep, Targets{Workbook: filepath.Join(dir, "a.xlsx"), XBRLJSON: filepath.Join(dir, "a.json"), DisplayScale: 5})
		if !errors.Is(err, ErrDisplayScale) {
			t.Errorf("error %v", err)
		}
		if entries, _ := os.ReadDir(dir); len(entries) > 0 {
			t.Errorf("%d files written", len(entries))
		}
	})
}

// readOnly makes dir refuse new files, and returns how to undo it. Root
// ignores permissions, so as root the folder is made immutable instead
// (chattr +i, on file systems that have it).
func readOnly(t *testing.T, dir string) func() {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		return func() { os.Chmod(dir, 0o755) }
	}
	if out, err := exec.Command("chattr", "+i", dir).CombinedOutput(); err != nil {
		t.Skipf("running as root, and %s cannot be made immutable (chattr +i: %v %s): a read-only folder cannot be tested here", dir, err, out)
	}
	return func() { exec.Command("chattr", "-i", dir).Run() }
}

// TestReadOnlyFolderKeepsEarlierWorkbook writes a workbook, makes its
// folder read-only, and writes again: the error says so, and the earlier
// workbook is there, byte for byte.
func TestReadOnlyFolderKeepsEarlierWorkbook(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.xlsx")
	if err := WriteAll(guidanceReport(t), Targets{Workbook: path}); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	undo := readOnly(t, dir)
	defer undo()
	err = WriteAll(sampleReport(t), Targets{Workbook: path})
	var we *WriteError
	if !errors.As(err, &we) || err.Error() != "cannot write "+path+": the folder is read-only" || !errors.Is(err, os.ErrPermission) {
		t.Errorf("error %v, want %q wrapping a permission error", err, "cannot write "+path+": the folder is read-only")
	}
	after, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("the earlier workbook changed (%v)", err)
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("temporary files left behind: %v", l)
	}
}

// failingWriter takes n bytes and then fails as a full disk does.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, syscall.ENOSPC
	}
	w.n -= len(p)
	return len(p), nil
}

// TestDiskFull: a writer that fails part way makes WriteWorkbook fail with
// the cause, and WriteAll on a full disk says so and keeps the earlier file.
func TestDiskFull(t *testing.T) {
	rep := sampleReport(t)
	for _, n := range []int{0, 100, 20000} {
		err := WriteWorkbook(&failingWriter{n: n}, rep, WorkbookOptions{})
		if !errors.Is(err, syscall.ENOSPC) {
			t.Errorf("after %d bytes: error %v, want it to wrap ENOSPC", n, err)
		}
		if we := explain("/x/out.xlsx", err); we.Error() != "cannot write /x/out.xlsx: the disk is full; free some space and export again" {
			t.Errorf("explained as %q", we)
		}
	}
	// a real full disk: a small tmpfs, where one may be mounted
	mnt := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", mnt).CombinedOutput(); err != nil {
		t.Logf("no tmpfs here (mount: %v %s): the full disk was simulated only", err, bytes.TrimSpace(out))
		return
	}
	defer exec.Command("umount", mnt).Run()
	path := filepath.Join(mnt, "out.xlsx")
	if err := WriteAll(testReport(t, parse.Calendar{}, fx{concept: "Revenue", period: "Q2 2025", value: "1", decimals: 0}), Targets{Workbook: path}); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	err := WriteAll(rep, Targets{Workbook: path})
	if err == nil || !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), "the disk is full") {
		t.Errorf("error %v, want the disk to be full", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the earlier workbook changed")
	}
	if l := leftovers(t, mnt); len(l) > 0 {
		t.Errorf("temporary files left behind: %v", l)
	}
}

func TestProgress(t *testing.T) {
	rep := sampleReport(t)
	dir := t.TempDir()
	var calls [][2]int
	err := WriteAll(rep, Targets{Workbook: filepath.Join(dir, "a.xlsx"), XBRLJSON: filepath.Join(dir, "a.json"), XBRLCSV: filepath.Join(dir, "csv"),
		Progress: func(done, total int) { calls = append(calls, [2]int{done, total}) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) < 3 {
		t.Fatalf("progress reported %d times", len(calls))
	}
	total := calls[0][1]
	for i, c := range calls {
		if c[1] != total || c[0] < 0 || c[0] > total || (i > 0 && c[0] < calls[i-1][0]) {
			t.Fatalf("progress %v after %v", c, calls[:i])
		}
	}
	if last := calls[len(calls)-1]; last[0] != total {
		t.Errorf("progress ends at %v of %d", last, total)
	}
}
