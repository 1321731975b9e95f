// Package atomic writes files so that a failure never leaves a half-written
// one: the content goes to a temporary file beside the target, is synced,
// and is renamed over it only when complete.
package atomic

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// WriteFile calls write with a buffered writer to a temporary file in
// path's folder and renames it to path when write and the flush succeed.
// On any failure the temporary file is removed and path is untouched.
func WriteFile(path string, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", dir, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	bw := bufio.NewWriterSize(f, 256<<10)
	if err = write(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	// keep the permissions of a file being replaced
	if info, statErr := os.Stat(path); statErr == nil {
		_ = os.Chmod(tmp, info.Mode().Perm())
	} else if errors.Is(statErr, os.ErrNotExist) {
		_ = os.Chmod(tmp, 0o644)
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("cannot replace %s: %w", path, err)
	}
	// The rename is durable only once the folder is synced; a folder that
	// cannot be synced (some network file systems) still has the file.
	if d, dirErr := os.Open(dir); dirErr == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}
