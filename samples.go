package main

import (
	"embed"
	"io/fs"
	"path"
	"strings"

	"facet/parse"
)

// The built-in sample: five documents about Kingsoft Cloud, opened when
// Facet starts with no documents.
//
//go:embed testdata/samples/*.txt
var sampleFS embed.FS

// sampleDocuments decodes the built-in samples.
func sampleDocuments() ([]*parse.Document, error) {
	names, err := fs.Glob(sampleFS, "testdata/samples/*.txt")
	if err != nil {
		return nil, err
	}
	var docs []*parse.Document
	for _, n := range names {
		if strings.HasSuffix(n, ".gold.tsv") {
			continue
		}
		data, err := sampleFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		d, err := parse.Parse(path.Base(n), data, parse.LoadOptions{})
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}
