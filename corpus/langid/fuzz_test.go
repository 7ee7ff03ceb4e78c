package langid

import "testing"

func FuzzDetect(f *testing.F) {
	for _, s := range [][2]string{
		{"Data Engineer (H/F)", "Nous recherchons un(e) Data Engineer confirmé."},
		{"مدير مكتب", "الإشراف المباشر على أنشطة إدارة وتخطيط"},
		{"Khdma f Casa", "bghit nkhdem m3akom, 3ndi tajriba"},
		{"Senior Sales Executive", ""},
		{"", "\xff\xfe 3D S7 24/7 🙂"},
		{"A3", "ـــ ً ٌ"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, title, desc string) {
		checkValid(t, detector.Detect(title, desc))
	})
}
