// Package icons holds Facet's bundled images.
package icons

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

//go:embed facet.png
var facetPNG []byte

// App is Facet's application icon, 512×512.
var App = fyne.NewStaticResource("facet.png", facetPNG)
