//go:build ignore

// gen draws Facet's app icon: a cut gem (a figure, seen from every side)
// on a blue rounded square. Run: go run icons/gen.go
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

const size, ss = 512, 4 // pixels, supersampling per axis

type pt struct{ x, y float64 }

// inside reports whether p is inside the convex or concave polygon poly.
func inside(p pt, poly []pt) bool {
	in := false
	for i, j := 0, len(poly)-1; i < len(poly); j, i = i, i+1 {
		a, b := poly[i], poly[j]
		if (a.y > p.y) != (b.y > p.y) && p.x < (b.x-a.x)*(p.y-a.y)/(b.y-a.y)+a.x {
			in = !in
		}
	}
	return in
}

func roundedSquare(p pt, r float64) bool {
	m := 24.0
	lo, hi := m+r, size-m-r
	cx, cy := math.Max(lo, math.Min(hi, p.x)), math.Max(lo, math.Min(hi, p.y))
	return math.Hypot(p.x-cx, p.y-cy) <= r
}

func main() {
	// the gem: a crown of three facets above a pavilion of three
	top, mid, bot := 150.0, 228.0, 404.0
	l, r, c := 110.0, 402.0, 256.0
	facets := []struct {
		poly []pt
		col  color.NRGBA
	}{
		{[]pt{{l + 50, top}, {c, top}, {c - 40, mid}, {l, mid}}, color.NRGBA{0xe8, 0xf1, 0xff, 0xff}},
		{[]pt{{c, top}, {r - 50, top}, {r, mid}, {c + 40, mid}}, color.NRGBA{0xc4, 0xdb, 0xff, 0xff}},
		{[]pt{{c, top}, {c + 40, mid}, {c - 40, mid}}, color.NRGBA{0xff, 0xff, 0xff, 0xff}},
		{[]pt{{l, mid}, {c - 40, mid}, {c, bot}}, color.NRGBA{0xd6, 0xe6, 0xff, 0xff}},
		{[]pt{{c - 40, mid}, {c + 40, mid}, {c, bot}}, color.NRGBA{0xf4, 0xf8, 0xff, 0xff}},
		{[]pt{{c + 40, mid}, {r, mid}, {c, bot}}, color.NRGBA{0x9f, 0xc3, 0xfb, 0xff}},
	}
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var rs, gs, bs, as float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					p := pt{float64(x) + (float64(sx)+0.5)/ss, float64(y) + (float64(sy)+0.5)/ss}
					if !roundedSquare(p, 96) {
						continue
					}
					// background: deep blue, lighter towards the top left
					t := (p.x + p.y) / (2 * size)
					col := color.NRGBA{uint8(0x2f - 0x18*t), uint8(0x7d - 0x3a*t), uint8(0xe0 - 0x50*t), 0xff}
					for _, f := range facets {
						if inside(p, f.poly) {
							col = f.col
						}
					}
					rs += float64(col.R)
					gs += float64(col.G)
					bs += float64(col.B)
					as += 255
				}
			}
			n := float64(ss * ss)
			if as == 0 {
				continue
			}
			a := as / n
			img.SetNRGBA(x, y, color.NRGBA{uint8(rs / (as / 255)), uint8(gs / (as / 255)), uint8(bs / (as / 255)), uint8(a)})
		}
	}
	f, err := os.Create("icons/facet.png")
	if err != nil {
		log.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}
