// Package langid decides the language of a posting: French, Arabic or
// English (Latin-script Moroccan Darija is flagged), with a confidence and
// the share of each language present. Arabic script is routed by a cheap
// script check before lingua-go; long bodies are detected on a prefix.
package langid
