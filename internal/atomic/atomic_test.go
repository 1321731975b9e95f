package atomic

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestWriteFile(t *testing.T) {
	// new files get the permissions the umask allows, as any program's do
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	errWrite := errors.New("the writer failed half-way")
	tests := []struct {
		name     string
		old      string // the file's content before; "" means no file
		oldMode  os.FileMode
		write    func(io.Writer) error
		wantErr  error
		want     string // the file's content after
		wantMode os.FileMode
	}{
		{
			name:     "a new file",
			write:    func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err },
			want:     "new",
			wantMode: 0o644,
		},
		{
			name:     "a file replaced keeps its permissions",
			old:      "old",
			oldMode:  0o600,
			write:    func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err },
			want:     "new",
			wantMode: 0o600,
		},
		{
			name:    "a failure leaves the old file as it was",
			old:     "old",
			oldMode: 0o644,
			write: func(w io.Writer) error {
				io.WriteString(w, "half")
				return errWrite
			},
			wantErr:  errWrite,
			want:     "old",
			wantMode: 0o644,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out.xlsx")
			if tc.old != "" {
				if err := os.WriteFile(path, []byte(tc.old), tc.oldMode); err != nil {
					t.Fatal(err)
				}
				os.Chmod(path, tc.oldMode) // past the umask
			}
			err := WriteFile(path, tc.write)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("error %v, want %v", err, tc.wantErr)
			}
			got, err := os.ReadFile(path)
			if err != nil || string(got) != tc.want {
				t.Errorf("content %q (%v), want %q", got, err, tc.want)
			}
			if info, err := os.Stat(path); err != nil || info.Mode().Perm() != tc.wantMode {
				t.Errorf("mode %v (%v), want %v", info.Mode().Perm(), err, tc.wantMode)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("the folder holds %d files, want only out.xlsx: no temporary file left", len(entries))
			}
		})
	}
}

func TestWriteFileNoFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing", "out.json")
	called := false
	err := WriteFile(path, func(io.Writer) error { called = true; return nil })
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("error %v, want one wrapping fs.ErrNotExist", err)
	}
	if called {
		t.Error("the writer ran though there was nowhere to write")
	}
}

// A folder where the file should be: the content is written, the rename
// fails, and the folder and its contents are untouched.
func TestWriteFileFolderInTheWay(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.xlsx")
	if err := os.MkdirAll(filepath.Join(path, "keep"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err }); err == nil {
		t.Fatal("no error")
	}
	if _, err := os.Stat(filepath.Join(path, "keep")); err != nil {
		t.Errorf("the folder was disturbed: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d entries, want 1: no temporary file left", len(entries))
	}
}

func TestNewFileFollowsTheUmask(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	path := filepath.Join(t.TempDir(), "private.xlsx")
	if err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err }); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v (%v) under umask 077, want -rw-------", info.Mode().Perm(), err)
	}
}

// TestSet: files written together are all replaced, or none is.
func TestSet(t *testing.T) {
	dir := t.TempDir()
	report, schema := filepath.Join(dir, "report.json"), filepath.Join(dir, "facet.xsd")
	for _, p := range []string{report, schema} {
		if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	text := func(s string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	failed := errors.New("the disk filled up")

	var s Set
	if err := s.Write(schema, text("new")); err != nil {
		t.Fatal(err)
	}
	if err := s.Write(report, func(io.Writer) error { return failed }); !errors.Is(err, failed) {
		t.Fatalf("error %v, want %v", err, failed)
	}
	if err := s.Commit(); err != nil { // nothing left to commit
		t.Fatal(err)
	}
	for _, p := range []string{report, schema} {
		if got, _ := os.ReadFile(p); string(got) != "old" {
			t.Errorf("after a failed set, %s holds %q, want the old file", filepath.Base(p), got)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("%d files in the folder, want 2: no temporary file left", len(entries))
	}

	s = Set{}
	for _, p := range []string{schema, report} {
		if err := s.Write(p, text("new")); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(p); string(got) != "old" {
			t.Errorf("%s replaced before the set was committed", filepath.Base(p))
		}
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{report, schema} {
		if got, _ := os.ReadFile(p); string(got) != "new" {
			t.Errorf("after the set, %s holds %q", filepath.Base(p), got)
		}
	}
}
