package skills

// arabicLabels are Marsad's own Arabic labels for common job-ad skills
// that ESCO has no Arabic label for. ESCO names only about 17 % of its
// skills in Arabic (those of its digital, green, language and transversal
// collections), so an Arabic ad asking for "إدارة المشاريع" or "المحاسبة",
// or a search for them, found no skill at all. Each entry maps one ESCO
// skill to the forms that Moroccan and Gulf ads and job seekers write
// (Modern Standard Arabic, plus Moroccan usages such as "تدبير", "تسيير",
// "الزبناء" where they are common). The skills were chosen by hand among
// those many ESCO occupations list, skipping any that ESCO already labels
// in Arabic; one-word forms are kept only for specific skill nouns, never
// for words ads use in another sense ("التواصل", "العمل"). No form appears
// under two skills. The forms are added to the skills as alternative
// labels when the dictionary is built. Hand-written; every URI is checked
// against the real data by TestRealArabicLabels.
var arabicLabels = map[string][]string{
	escoSkill + "7111b95d-0ce3-441a-9d92-4c75d05c4388": {"إدارة المشاريع", "إدارة المشروعات", "تسيير المشاريع"},                      // project management
	escoSkill + "15a33d76-4640-438d-ae64-fdc0c1d3eebc": {"خدمة العملاء", "خدمة الزبناء", "خدمة الزبائن"},                             // customer service
	escoSkill + "0da516ee-e70e-4384-be13-f5ff80be8127": {"التواصل مع العملاء", "التواصل مع الزبناء", "التعامل مع العملاء"},           // communicate with customers
	escoSkill + "dc9a236c-c640-43c3-812f-269403591edb": {"إدارة علاقات العملاء", "تدبير العلاقة مع الزبناء"},                         // customer relationship management
	escoSkill + "28d715e3-3e5b-4fb6-8dd2-4be4919c8587": {"معالجة شكاوى العملاء", "التعامل مع الشكاوى", "تدبير شكايات الزبناء"},       // handle customer complaints
	escoSkill + "00e53a0a-c0ba-4c9f-a2ed-4706d5832a00": {"رضا العملاء", "إرضاء العملاء", "إرضاء الزبناء"},                            // guarantee customer satisfaction
	escoSkill + "6d97bf55-6fb6-4795-8282-3ef915ae0bb8": {"البحث عن عملاء جدد", "استقطاب العملاء", "التنقيب التجاري"},                 // prospect new customers
	escoSkill + "71152876-b629-4a99-b9ea-0f25a0d07e4e": {"التفاوض التجاري", "مهارات التفاوض", "التفاوض على العقود"},                  // negotiate sales contracts
	escoSkill + "0c0488b3-fca5-4deb-865b-8dc605c3d909": {"تقنيات البيع", "مهارات البيع", "فن البيع"},                                 // sales argumentation
	escoSkill + "13e2378e-0d10-450d-843a-b3592575826e": {"التسويق", "استراتيجيات التسويق", "الاستراتيجية التسويقية"},                 // implement marketing strategies
	escoSkill + "fe39d4db-4cb5-4299-bb9f-896c8fd6ab13": {"دراسة السوق", "أبحاث السوق", "بحوث التسويق"},                               // perform market research
	escoSkill + "aba1f05b-f312-47d8-be71-7c574134de8f": {"الدعاية والإعلان", "تقنيات الإعلان"},                                       // advertising techniques
	escoSkill + "7edc05fe-378b-4c9e-bbb2-e5a29c5a845f": {"العلاقات العامة"},                                                          // perform public relations
	escoSkill + "ecc18804-a466-40d9-98b4-fba5cd67dd4b": {"المحاسبة", "المحاسبة العامة"},                                              // accounting
	escoSkill + "faf8943c-72ff-4736-a587-25508695d6f0": {"مسك الدفاتر", "مسك الحسابات", "مسك المحاسبة"},                              // maintain financial records
	escoSkill + "99571e68-801f-49af-a897-5f75996642e1": {"التحليل المالي"},                                                           // financial analysis
	escoSkill + "89ff28d6-342c-435d-83aa-83e71dbbbc96": {"التدقيق المالي", "تدقيق الحسابات", "المراجعة المالية"},                     // conduct financial audits
	escoSkill + "d669af41-756c-48d9-a286-1443253f54b1": {"التشريع الضريبي", "القانون الضريبي", "الجبايات"},                           // tax legislation
	escoSkill + "21c5790c-0930-4d74-b3b0-84caf5af12ea": {"إدارة الميزانية", "إعداد الميزانية", "تتبع الميزانية"},                     // manage budgets
	escoSkill + "52e53619-fa77-4f72-b237-5e4aae784dc2": {"الإدارة المالية", "التسيير المالي", "التدبير المالي"},                      // financial management
	escoSkill + "e3e42d54-78bd-4337-aa87-bb31a7670c9a": {"الفوترة", "إعداد الفواتير", "إصدار الفواتير"},                              // issue sales invoices
	escoSkill + "e437eba1-3e22-41f2-8703-741e94785cba": {"إدارة الموارد البشرية", "تدبير الموارد البشرية", "تسيير الموارد البشرية"},  // human resource management
	escoSkill + "496932f1-0b6b-4f73-9432-d95c7ddcd43b": {"استقطاب الكفاءات", "اختيار الموظفين", "إدارة التوظيف"},                     // recruit employees
	escoSkill + "9d916d7c-89b3-4084-a6d9-e2b0b3091404": {"إدارة الرواتب", "تدبير الأجور", "إعداد كشوف الرواتب"},                      // manage payroll
	escoSkill + "97b713f0-b9e8-4903-8dee-7e0b4019a1c0": {"قانون الشغل", "قانون العمل", "مدونة الشغل"},                                // employment law
	escoSkill + "e54ff029-1ce9-447d-a5b2-eb7283a23e6e": {"تدريب الموظفين", "تكوين المستخدمين", "تدريب العاملين"},                     // train employees
	escoSkill + "339ac029-066a-4985-9f9d-b3d7c8fea0bb": {"إدارة فرق العمل", "تأطير الفرق", "إدارة الموظفين"},                         // manage staff
	escoSkill + "1f1d2ff8-c4c1-45cc-9812-6a7ee84a73cb": {"قيادة الفريق", "مهارات القيادة", "قيادة فرق العمل"},                        // lead a team
	escoSkill + "a5b0cd5c-e13a-4ab3-8d93-4d242adcfb01": {"العمل الجماعي", "العمل ضمن فريق", "روح الفريق"},                            // teamwork principles
	escoSkill + "03b9b491-fc9b-4868-914a-bf7cd47b5041": {"حل المشكلات", "إيجاد الحلول"},                                              // create solutions to problems
	escoSkill + "91abe492-18be-4cce-93c7-0dca07072363": {"احترام الآجال", "احترام المواعيد النهائية", "الالتزام بالمواعيد النهائية"}, // meet deadlines
	escoSkill + "0e1fe34b-f4e7-4642-8c8b-5a05ac3438e5": {"تنظيم الوقت", "جدولة المهام", "تنظيم المهام"},                              // manage schedule of tasks
	escoSkill + "d15f8745-28f8-4abf-a7b6-6cb8a304efd2": {"العمل تحت الضغط", "تحمل الضغط", "تحمل ضغط العمل"},                          // tolerate stress
	escoSkill + "7ff2c668-0e86-418a-a962-4958262ee337": {"مهارات التواصل", "مهارات الاتصال", "التواصل الفعال"},                       // use communication techniques
	escoSkill + "918f5211-b99f-4b29-9a34-6e475583ef55": {"كتابة التقارير", "تحرير التقارير", "إعداد التقارير"},                       // write work-related reports
	escoSkill + "ab986bc4-df92-4351-9ac1-aa75af943cf7": {"الأعمال المكتبية", "أعمال السكرتارية", "الأعمال الإدارية"},                 // perform clerical duties
	escoSkill + "ab6265f2-a9bf-49e8-a9a5-67cbab4de38b": {"إدارة المخزون", "تدبير المخزون", "تسيير المخزون"},                          // manage inventory
	escoSkill + "44f6a65f-6be7-4818-9a66-73908797283f": {"مراقبة المخزون", "تتبع المخزون", "جرد المخزون"},                            // monitor stock level
	escoSkill + "7e9daad3-8604-4839-af9b-dc6f8db3ef68": {"ترتيب الرفوف", "تعبئة الرفوف", "ملء الرفوف"},                               // stock shelves
	escoSkill + "953c0b65-537a-42fe-a90b-26cd36c64361": {"اللوجستيك", "الخدمات اللوجستية", "إدارة العمليات اللوجستية"},               // manage logistics
	escoSkill + "f929c89e-c363-4132-a918-e021d57b307c": {"إدارة سلسلة التوريد", "سلسلة الإمداد", "سلاسل التوريد"},                    // supply chain management
	escoSkill + "9e9a4209-c7cf-4f6e-973e-dc2ffadccc74": {"المشتريات", "إدارة المشتريات", "تدبير المشتريات"},                          // perform procurement processes
	escoSkill + "3cd35f5d-ce6d-4f14-9a09-53d7a28d834c": {"العلاقة مع الموردين", "إدارة الموردين", "التفاوض مع الموردين"},             // maintain relationship with suppliers
	escoSkill + "c4118654-695f-44bc-b9d3-1b26f3a955f8": {"الاستيراد والتصدير", "التجارة الدولية", "التجارة الخارجية"},                // international import export regulations
	escoSkill + "42ab725f-e57f-4320-a9fd-ac3d6717963d": {"الإجراءات الجمركية", "التخليص الجمركي"},                                    // ensure customs compliance
	escoSkill + "0a48d064-dd04-47fb-a00d-85e9b4874033": {"إدارة الأعمال", "تسيير المقاولات", "تدبير المقاولات"},                      // business management principles
	escoSkill + "f7b5d916-52f0-4865-b6a6-e1a3b711cb5e": {"التخطيط الاستراتيجي"},                                                      // implement strategic planning
	escoSkill + "7ee4c2ea-b349-4bd2-81a3-ec31475d4833": {"الإحصاء", "علم الإحصاء"},                                                   // statistics
	escoSkill + "5d34adde-0b78-42b4-9d3d-69e9388d8398": {"مراقبة الجودة", "ضبط الجودة"},                                              // oversee quality control
	escoSkill + "c7cc6dc5-d56b-4323-8e5c-47c4022f615f": {"ضمان الجودة", "توكيد الجودة"},                                              // quality assurance methodologies
	escoSkill + "8d4271ca-c9fd-40b3-875f-15f78332a49e": {"معايير الجودة", "مواصفات الجودة"},                                          // quality standards
	escoSkill + "dcc96a49-0bac-4a9c-8f8e-a32b4e47e6eb": {"الصحة والسلامة المهنية", "السلامة المهنية", "الصحة والسلامة"},              // apply health and safety standards
	escoSkill + "51754b8a-3e2c-4cc1-86e6-cf510d9c6fe4": {"معدات الوقاية الشخصية", "معدات الحماية الشخصية"},                           // use personal protection equipment
	escoSkill + "1d21f6ad-340f-45da-a0a3-4e83867f47a6": {"الإسعافات الأولية", "الإسعاف الأولي"},                                      // provide first aid
	escoSkill + "5033c2fb-ec55-4b8e-b0a4-9379593f1e1c": {"الصيانة", "صيانة المعدات", "صيانة الأجهزة"},                                // maintain equipment
	escoSkill + "8a4e99e0-f259-4931-888f-604cfdc15b31": {"صيانة الآلات", "صيانة الماكينات"},                                          // perform machine maintenance
	escoSkill + "8efb6150-2c43-4109-b3cd-41c3451698ea": {"الصيانة الميكانيكية", "صيانة المعدات الميكانيكية"},                         // maintain mechanical equipment
	escoSkill + "386774ac-fe5b-431a-b485-9aec0bf5c09e": {"الصيانة الكهربائية", "صيانة المعدات الكهربائية"},                           // maintain electrical equipment
	escoSkill + "1de6b87b-2c7d-49aa-bcc0-3b2ef75f064f": {"إصلاح الأعطال", "إصلاح الأعطاب", "تشخيص الأعطال"},                          // resolve equipment malfunctions
	escoSkill + "9c071f1d-eac3-449d-b004-c14775b5a3b9": {"الهندسة الميكانيكية"},                                                      // mechanical engineering
	escoSkill + "3e40c7d0-0e36-4b33-bc33-0aa87eda0561": {"الهندسة الكهربائية"},                                                       // electrical engineering
	escoSkill + "52797dce-911c-4e6d-b0cb-491f6469014f": {"التركيبات الكهربائية", "التمديدات الكهربائية", "تركيب المعدات الكهربائية"}, // install electrical and electronic equipment
	escoSkill + "dfce2aba-783e-4e17-9c17-e74aca505ec2": {"قراءة المخططات", "قراءة الرسومات الهندسية"},                                // interpret 2D plans
	escoSkill + "2fcd95a4-1f9a-41cf-95a9-4701bde476b4": {"اللحام", "التلحيم", "معدات اللحام"},                                        // operate welding equipment
	escoSkill + "8755734c-2919-41a3-9ca6-1e3d1f169213": {"السباكة", "الترصيص", "التمديدات الصحية"},                                   // install plumbing systems
	escoSkill + "19858dd3-a5fe-4855-b644-6ecfefd1c384": {"النجارة", "أعمال النجارة"},                                                 // carpentry
	escoSkill + "13e1c0a2-b90d-46f4-be51-11730360b38d": {"البناء بالطوب", "البناء بالآجر", "رص الطوب"},                               // lay bricks
	escoSkill + "504d99c7-395b-479c-815b-2f77ef769e75": {"التبليط", "تركيب البلاط", "تركيب الزليج"},                                  // lay tiles
	escoSkill + "b826a56a-811d-477c-b165-271729f644a4": {"الدهان", "دهان الجدران", "صباغة الجدران"},                                  // paint surfaces
	escoSkill + "2a82241a-216e-44d8-bb50-6b9a0ef82084": {"قيادة السيارات", "سياقة السيارات", "السياقة"},                              // drive vehicles
	escoSkill + "28cb374e-6261-4133-8371-f9a5470145da": {"قيادة الرافعة الشوكية", "سياقة الرافعة الشوكية"},                           // operate forklift
	escoSkill + "f3934441-4bff-4076-9945-e6c51a01c467": {"الطبخ", "الطهي", "فنون الطبخ"},                                             // use cooking techniques
	escoSkill + "4b15a965-9bb4-42f1-8e44-1024aeb0b08c": {"تحضير الطعام", "إعداد الوجبات", "تحضير الوجبات"},                           // use food preparation techniques
	escoSkill + "0ff99f51-40d9-42f1-a1ec-377b2bb5e15f": {"سلامة الأغذية", "سلامة الغذاء", "النظافة الغذائية"},                        // comply with food safety and hygiene
	escoSkill + "4f1b6304-f54a-42f0-9604-5427a28d240f": {"أعمال التنظيف", "مهام التنظيف"},                                            // perform cleaning duties
	escoSkill + "f058bf62-70d1-4f5e-be2a-8b26fac24a96": {"التصميم الجرافيكي", "التصميم الغرافيكي", "تصميم الجرافيك"},                 // design graphics
	escoSkill + "59eb177a-2f30-4943-8b30-5f87dd51a80d": {"التدريس", "طرق التدريس", "أساليب التدريس"},                                 // apply teaching strategies
	escoSkill + "516e324b-03fc-4d3b-9986-e46e9834cd43": {"التمريض", "الرعاية التمريضية"},                                             // implement fundamentals of nursing
	escoSkill + "a3ef84f9-c436-437a-bc6f-4956ae13e1eb": {"الخياطة", "خياطة الأقمشة"},                                                 // sew pieces of fabric
	escoSkill + "e95dc989-ae49-49c6-bfc4-9aef35e92f35": {"الحراسة", "الحراسة الأمنية"},                                               // patrol areas
}

// arabicMislabels are ESCO Arabic preferred labels that name something
// else, left out (the skill is then shown by its English label): SQL is
// "الإخماد", extinguishing, so a firefighter's ad asked for SQL and an
// Arabic posting's SQL was shown as extinguishing.
var arabicMislabels = map[string]string{
	escoSkill + "598de5b0-5b58-4ea7-8058-a4bc4d18c742": "الإخماد", // SQL
}
