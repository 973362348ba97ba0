t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s t(s ***
