package pdftext

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/klippa-app/go-pdfium/requests"
)

func TestZZRects(t *testing.T) {
	path := os.Getenv("ZZ")
	if path == "" {
		t.Skip()
	}
	e := Shared
	e.Start()
	data, _ := os.ReadFile(path)
	doc, _ := e.inst.OpenDocument(&requests.OpenDocument{File: &data})
	n, _ := e.inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	for i := 0; i < n.PageCount; i++ {
		res, _ := e.inst.GetPageTextStructured(&requests.GetPageTextStructured{Page: requests.Page{ByIndex: &requests.PageByIndex{Document: doc.Document, Index: i}}, Mode: requests.GetPageTextStructuredModeRects})
		for _, r := range res.Rects {
			for _, w := range strings.Split(os.Getenv("ZZFIND"), "|") {
				if strings.Contains(r.Text, w) {
					fmt.Printf("p%d %7.1f %7.1f %7.1f %7.1f %q\n", i+1, r.PointPosition.Left, r.PointPosition.Top, r.PointPosition.Right, r.PointPosition.Bottom, r.Text)
				}
			}
		}
	}
}
