; Every undefined name searched every label for a "did you mean": quadratic, minutes for this file.
_start: nop
label_number_0: nop
label_number_1: nop
label_number_2: nop
label_number_3: nop
label_number_4: nop
label_number_5: nop
label_number_6: nop
label_number_7: nop
label_number_8: nop
label_number_9: nop
label_number_10: nop
label_number_11: nop
label_number_12: nop
label_number_13: nop
label_number_14: nop
label_number_15: nop
label_number_16: nop
label_number_17: nop
label_number_18: nop
label_number_19: nop
label_number_20: nop
label_number_21: nop
label_number_22: nop
label_number_23: nop
label_number_24: nop
label_number_25: nop
label_number_26: nop
label_number_27: nop
label_number_28: nop
label_number_29: nop
label_number_30: nop
label_number_31: nop
label_number_32: nop
label_number_33: nop
label_number_34: nop
label_number_35: nop
label_number_36: nop
label_number_37: nop
label_number_38: nop
label_number_39: nop
label_number_40: nop
label_number_41: nop
label_number_42: nop
label_number_43: nop
label_number_44: nop
label_number_45: nop
label_number_46: nop
label_number_47: nop
label_number_48: nop
label_number_49: nop
label_number_50: nop
label_number_51: nop
label_number_52: nop
label_number_53: nop
label_number_54: nop
label_number_55: nop
label_number_56: nop
label_number_57: nop
label_number_58: nop
label_number_59: nop
label_number_60: nop
label_number_61: nop
label_number_62: nop
label_number_63: nop
label_number_64: nop
label_number_65: nop
label_number_66: nop
label_number_67: nop
label_number_68: nop
label_number_69: nop
label_number_70: nop
label_number_71: nop
label_number_72: nop
label_number_73: nop
label_number_74: nop
label_number_75: nop
label_number_76: nop
label_number_77: nop
label_number_78: nop
label_number_79: nop
label_number_80: nop
label_number_81: nop
label_number_82: nop
label_number_83: nop
label_number_84: nop
label_number_85: nop
label_number_86: nop
label_number_87: nop
label_number_88: nop
label_number_89: nop
label_number_90: nop
label_number_91: nop
label_number_92: nop
label_number_93: nop
label_number_94: nop
label_number_95: nop
label_number_96: nop
label_number_97: nop
label_number_98: nop
label_number_99: nop
label_number_100: nop
label_number_101: nop
label_number_102: nop
label_number_103: nop
label_number_104: nop
label_number_105: nop
label_number_106: nop
label_number_107: nop
label_number_108: nop
label_number_109: nop
label_number_110: nop
label_number_111: nop
label_number_112: nop
label_number_113: nop
label_number_114: nop
label_number_115: nop
label_number_116: nop
label_number_117: nop
label_number_118: nop
label_number_119: nop
label_number_120: nop
label_number_121: nop
label_number_122: nop
label_number_123: nop
label_number_124: nop
label_number_125: nop
label_number_126: nop
label_number_127: nop
label_number_128: nop
label_number_129: nop
label_number_130: nop
label_number_131: nop
label_number_132: nop
label_number_133: nop
label_number_134: nop
label_number_135: nop
label_number_136: nop
label_number_137: nop
label_number_138: nop
label_number_139: nop
label_number_140: nop
label_number_141: nop
label_number_142: nop
label_number_143: nop
label_number_144: nop
label_number_145: nop
label_number_146: nop
label_number_147: nop
label_number_148: nop
label_number_149: nop
label_number_150: nop
label_number_151: nop
label_number_152: nop
label_number_153: nop
label_number_154: nop
label_number_155: nop
label_number_156: nop
label_number_157: nop
label_number_158: nop
label_number_159: nop
label_number_160: nop
label_number_161: nop
label_number_162: nop
label_number_163: nop
label_number_164: nop
label_number_165: nop
label_number_166: nop
label_number_167: nop
label_number_168: nop
label_number_169: nop
label_number_170: nop
label_number_171: nop
label_number_172: nop
label_number_173: nop
label_number_174: nop
label_number_175: nop
label_number_176: nop
label_number_177: nop
label_number_178: nop
label_number_179: nop
label_number_180: nop
label_number_181: nop
label_number_182: nop
label_number_183: nop
label_number_184: nop
label_number_185: nop
label_number_186: nop
label_number_187: nop
label_number_188: nop
label_number_189: nop
label_number_190: nop
label_number_191: nop
label_number_192: nop
label_number_193: nop
label_number_194: nop
label_number_195: nop
label_number_196: nop
label_number_197: nop
label_number_198: nop
label_number_199: nop
label_number_200: nop
label_number_201: nop
label_number_202: nop
label_number_203: nop
label_number_204: nop
label_number_205: nop
label_number_206: nop
label_number_207: nop
label_number_208: nop
label_number_209: nop
label_number_210: nop
label_number_211: nop
label_number_212: nop
label_number_213: nop
label_number_214: nop
label_number_215: nop
label_number_216: nop
label_number_217: nop
label_number_218: nop
label_number_219: nop
label_number_220: nop
label_number_221: nop
label_number_222: nop
label_number_223: nop
label_number_224: nop
label_number_225: nop
label_number_226: nop
label_number_227: nop
label_number_228: nop
label_number_229: nop
label_number_230: nop
label_number_231: nop
label_number_232: nop
label_number_233: nop
label_number_234: nop
label_number_235: nop
label_number_236: nop
label_number_237: nop
label_number_238: nop
label_number_239: nop
label_number_240: nop
label_number_241: nop
label_number_242: nop
label_number_243: nop
label_number_244: nop
label_number_245: nop
label_number_246: nop
label_number_247: nop
label_number_248: nop
label_number_249: nop
label_number_250: nop
label_number_251: nop
label_number_252: nop
label_number_253: nop
label_number_254: nop
label_number_255: nop
label_number_256: nop
label_number_257: nop
label_number_258: nop
label_number_259: nop
label_number_260: nop
label_number_261: nop
label_number_262: nop
label_number_263: nop
label_number_264: nop
label_number_265: nop
label_number_266: nop
label_number_267: nop
label_number_268: nop
label_number_269: nop
label_number_270: nop
label_number_271: nop
label_number_272: nop
label_number_273: nop
label_number_274: nop
label_number_275: nop
label_number_276: nop
label_number_277: nop
label_number_278: nop
label_number_279: nop
label_number_280: nop
label_number_281: nop
label_number_282: nop
label_number_283: nop
label_number_284: nop
label_number_285: nop
label_number_286: nop
label_number_287: nop
label_number_288: nop
label_number_289: nop
label_number_290: nop
label_number_291: nop
label_number_292: nop
label_number_293: nop
label_number_294: nop
label_number_295: nop
label_number_296: nop
label_number_297: nop
label_number_298: nop
label_number_299: nop
label_number_300: nop
label_number_301: nop
label_number_302: nop
label_number_303: nop
label_number_304: nop
label_number_305: nop
label_number_306: nop
label_number_307: nop
label_number_308: nop
label_number_309: nop
label_number_310: nop
label_number_311: nop
label_number_312: nop
label_number_313: nop
label_number_314: nop
label_number_315: nop
label_number_316: nop
label_number_317: nop
label_number_318: nop
label_number_319: nop
label_number_320: nop
label_number_321: nop
label_number_322: nop
label_number_323: nop
label_number_324: nop
label_number_325: nop
label_number_326: nop
label_number_327: nop
label_number_328: nop
label_number_329: nop
label_number_330: nop
label_number_331: nop
label_number_332: nop
label_number_333: nop
label_number_334: nop
label_number_335: nop
label_number_336: nop
label_number_337: nop
label_number_338: nop
label_number_339: nop
label_number_340: nop
label_number_341: nop
label_number_342: nop
label_number_343: nop
label_number_344: nop
label_number_345: nop
label_number_346: nop
label_number_347: nop
label_number_348: nop
label_number_349: nop
label_number_350: nop
label_number_351: nop
label_number_352: nop
label_number_353: nop
label_number_354: nop
label_number_355: nop
label_number_356: nop
label_number_357: nop
label_number_358: nop
label_number_359: nop
label_number_360: nop
label_number_361: nop
label_number_362: nop
label_number_363: nop
label_number_364: nop
label_number_365: nop
label_number_366: nop
label_number_367: nop
label_number_368: nop
label_number_369: nop
label_number_370: nop
label_number_371: nop
label_number_372: nop
label_number_373: nop
label_number_374: nop
label_number_375: nop
label_number_376: nop
label_number_377: nop
label_number_378: nop
label_number_379: nop
label_number_380: nop
label_number_381: nop
label_number_382: nop
label_number_383: nop
label_number_384: nop
label_number_385: nop
label_number_386: nop
label_number_387: nop
label_number_388: nop
label_number_389: nop
label_number_390: nop
label_number_391: nop
label_number_392: nop
label_number_393: nop
label_number_394: nop
label_number_395: nop
label_number_396: nop
label_number_397: nop
label_number_398: nop
label_number_399: nop
label_number_400: nop
label_number_401: nop
label_number_402: nop
label_number_403: nop
label_number_404: nop
label_number_405: nop
label_number_406: nop
label_number_407: nop
label_number_408: nop
label_number_409: nop
label_number_410: nop
label_number_411: nop
label_number_412: nop
label_number_413: nop
label_number_414: nop
label_number_415: nop
label_number_416: nop
label_number_417: nop
label_number_418: nop
label_number_419: nop
label_number_420: nop
label_number_421: nop
label_number_422: nop
label_number_423: nop
label_number_424: nop
label_number_425: nop
label_number_426: nop
label_number_427: nop
label_number_428: nop
label_number_429: nop
label_number_430: nop
label_number_431: nop
label_number_432: nop
label_number_433: nop
label_number_434: nop
label_number_435: nop
label_number_436: nop
label_number_437: nop
label_number_438: nop
label_number_439: nop
label_number_440: nop
label_number_441: nop
label_number_442: nop
label_number_443: nop
label_number_444: nop
label_number_445: nop
label_number_446: nop
label_number_447: nop
label_number_448: nop
label_number_449: nop
label_number_450: nop
label_number_451: nop
label_number_452: nop
label_number_453: nop
label_number_454: nop
label_number_455: nop
label_number_456: nop
label_number_457: nop
label_number_458: nop
label_number_459: nop
label_number_460: nop
label_number_461: nop
label_number_462: nop
label_number_463: nop
label_number_464: nop
label_number_465: nop
label_number_466: nop
label_number_467: nop
label_number_468: nop
label_number_469: nop
label_number_470: nop
label_number_471: nop
label_number_472: nop
label_number_473: nop
label_number_474: nop
label_number_475: nop
label_number_476: nop
label_number_477: nop
label_number_478: nop
label_number_479: nop
label_number_480: nop
label_number_481: nop
label_number_482: nop
label_number_483: nop
label_number_484: nop
label_number_485: nop
label_number_486: nop
label_number_487: nop
label_number_488: nop
label_number_489: nop
label_number_490: nop
label_number_491: nop
label_number_492: nop
label_number_493: nop
label_number_494: nop
label_number_495: nop
label_number_496: nop
label_number_497: nop
label_number_498: nop
label_number_499: nop
label_number_500: nop
label_number_501: nop
label_number_502: nop
label_number_503: nop
label_number_504: nop
label_number_505: nop
label_number_506: nop
label_number_507: nop
label_number_508: nop
label_number_509: nop
label_number_510: nop
label_number_511: nop
label_number_512: nop
label_number_513: nop
label_number_514: nop
label_number_515: nop
label_number_516: nop
label_number_517: nop
label_number_518: nop
label_number_519: nop
label_number_520: nop
label_number_521: nop
label_number_522: nop
label_number_523: nop
label_number_524: nop
label_number_525: nop
label_number_526: nop
label_number_527: nop
label_number_528: nop
label_number_529: nop
label_number_530: nop
label_number_531: nop
label_number_532: nop
label_number_533: nop
label_number_534: nop
label_number_535: nop
label_number_536: nop
label_number_537: nop
label_number_538: nop
label_number_539: nop
label_number_540: nop
label_number_541: nop
label_number_542: nop
label_number_543: nop
label_number_544: nop
label_number_545: nop
label_number_546: nop
label_number_547: nop
label_number_548: nop
label_number_549: nop
label_number_550: nop
label_number_551: nop
label_number_552: nop
label_number_553: nop
label_number_554: nop
label_number_555: nop
label_number_556: nop
label_number_557: nop
label_number_558: nop
label_number_559: nop
label_number_560: nop
label_number_561: nop
label_number_562: nop
label_number_563: nop
label_number_564: nop
label_number_565: nop
label_number_566: nop
label_number_567: nop
label_number_568: nop
label_number_569: nop
label_number_570: nop
label_number_571: nop
label_number_572: nop
label_number_573: nop
label_number_574: nop
label_number_575: nop
label_number_576: nop
label_number_577: nop
label_number_578: nop
label_number_579: nop
label_number_580: nop
label_number_581: nop
label_number_582: nop
label_number_583: nop
label_number_584: nop
label_number_585: nop
label_number_586: nop
label_number_587: nop
label_number_588: nop
label_number_589: nop
label_number_590: nop
label_number_591: nop
label_number_592: nop
label_number_593: nop
label_number_594: nop
label_number_595: nop
label_number_596: nop
label_number_597: nop
label_number_598: nop
label_number_599: nop
label_number_600: nop
label_number_601: nop
label_number_602: nop
label_number_603: nop
label_number_604: nop
label_number_605: nop
label_number_606: nop
label_number_607: nop
label_number_608: nop
label_number_609: nop
label_number_610: nop
label_number_611: nop
label_number_612: nop
label_number_613: nop
label_number_614: nop
label_number_615: nop
label_number_616: nop
label_number_617: nop
label_number_618: nop
label_number_619: nop
label_number_620: nop
label_number_621: nop
label_number_622: nop
label_number_623: nop
label_number_624: nop
label_number_625: nop
label_number_626: nop
label_number_627: nop
label_number_628: nop
label_number_629: nop
label_number_630: nop
label_number_631: nop
label_number_632: nop
label_number_633: nop
label_number_634: nop
label_number_635: nop
label_number_636: nop
label_number_637: nop
label_number_638: nop
label_number_639: nop
label_number_640: nop
label_number_641: nop
label_number_642: nop
label_number_643: nop
label_number_644: nop
label_number_645: nop
label_number_646: nop
label_number_647: nop
label_number_648: nop
label_number_649: nop
label_number_650: nop
label_number_651: nop
label_number_652: nop
label_number_653: nop
label_number_654: nop
label_number_655: nop
label_number_656: nop
label_number_657: nop
label_number_658: nop
label_number_659: nop
label_number_660: nop
label_number_661: nop
label_number_662: nop
label_number_663: nop
label_number_664: nop
label_number_665: nop
label_number_666: nop
label_number_667: nop
label_number_668: nop
label_number_669: nop
label_number_670: nop
label_number_671: nop
label_number_672: nop
label_number_673: nop
label_number_674: nop
label_number_675: nop
label_number_676: nop
label_number_677: nop
label_number_678: nop
label_number_679: nop
label_number_680: nop
label_number_681: nop
label_number_682: nop
label_number_683: nop
label_number_684: nop
label_number_685: nop
label_number_686: nop
label_number_687: nop
label_number_688: nop
label_number_689: nop
label_number_690: nop
label_number_691: nop
label_number_692: nop
label_number_693: nop
label_number_694: nop
label_number_695: nop
label_number_696: nop
label_number_697: nop
label_number_698: nop
label_number_699: nop
label_number_700: nop
label_number_701: nop
label_number_702: nop
label_number_703: nop
label_number_704: nop
label_number_705: nop
label_number_706: nop
label_number_707: nop
label_number_708: nop
label_number_709: nop
label_number_710: nop
label_number_711: nop
label_number_712: nop
label_number_713: nop
label_number_714: nop
label_number_715: nop
label_number_716: nop
label_number_717: nop
label_number_718: nop
label_number_719: nop
label_number_720: nop
label_number_721: nop
label_number_722: nop
label_number_723: nop
label_number_724: nop
label_number_725: nop
label_number_726: nop
label_number_727: nop
label_number_728: nop
label_number_729: nop
label_number_730: nop
label_number_731: nop
label_number_732: nop
label_number_733: nop
label_number_734: nop
label_number_735: nop
label_number_736: nop
label_number_737: nop
label_number_738: nop
label_number_739: nop
label_number_740: nop
label_number_741: nop
label_number_742: nop
label_number_743: nop
label_number_744: nop
label_number_745: nop
label_number_746: nop
label_number_747: nop
label_number_748: nop
label_number_749: nop
label_number_750: nop
label_number_751: nop
label_number_752: nop
label_number_753: nop
label_number_754: nop
label_number_755: nop
label_number_756: nop
label_number_757: nop
label_number_758: nop
label_number_759: nop
label_number_760: nop
label_number_761: nop
label_number_762: nop
label_number_763: nop
label_number_764: nop
label_number_765: nop
label_number_766: nop
label_number_767: nop
label_number_768: nop
label_number_769: nop
label_number_770: nop
label_number_771: nop
label_number_772: nop
label_number_773: nop
label_number_774: nop
label_number_775: nop
label_number_776: nop
label_number_777: nop
label_number_778: nop
label_number_779: nop
label_number_780: nop
label_number_781: nop
label_number_782: nop
label_number_783: nop
label_number_784: nop
label_number_785: nop
label_number_786: nop
label_number_787: nop
label_number_788: nop
label_number_789: nop
label_number_790: nop
label_number_791: nop
label_number_792: nop
label_number_793: nop
label_number_794: nop
label_number_795: nop
label_number_796: nop
label_number_797: nop
label_number_798: nop
label_number_799: nop
label_number_800: nop
label_number_801: nop
label_number_802: nop
label_number_803: nop
label_number_804: nop
label_number_805: nop
label_number_806: nop
label_number_807: nop
label_number_808: nop
label_number_809: nop
label_number_810: nop
label_number_811: nop
label_number_812: nop
label_number_813: nop
label_number_814: nop
label_number_815: nop
label_number_816: nop
label_number_817: nop
label_number_818: nop
label_number_819: nop
label_number_820: nop
label_number_821: nop
label_number_822: nop
label_number_823: nop
label_number_824: nop
label_number_825: nop
label_number_826: nop
label_number_827: nop
label_number_828: nop
label_number_829: nop
label_number_830: nop
label_number_831: nop
label_number_832: nop
label_number_833: nop
label_number_834: nop
label_number_835: nop
label_number_836: nop
label_number_837: nop
label_number_838: nop
label_number_839: nop
label_number_840: nop
label_number_841: nop
label_number_842: nop
label_number_843: nop
label_number_844: nop
label_number_845: nop
label_number_846: nop
label_number_847: nop
label_number_848: nop
label_number_849: nop
label_number_850: nop
label_number_851: nop
label_number_852: nop
label_number_853: nop
label_number_854: nop
label_number_855: nop
label_number_856: nop
label_number_857: nop
label_number_858: nop
label_number_859: nop
label_number_860: nop
label_number_861: nop
label_number_862: nop
label_number_863: nop
label_number_864: nop
label_number_865: nop
label_number_866: nop
label_number_867: nop
label_number_868: nop
label_number_869: nop
label_number_870: nop
label_number_871: nop
label_number_872: nop
label_number_873: nop
label_number_874: nop
label_number_875: nop
label_number_876: nop
label_number_877: nop
label_number_878: nop
label_number_879: nop
label_number_880: nop
label_number_881: nop
label_number_882: nop
label_number_883: nop
label_number_884: nop
label_number_885: nop
label_number_886: nop
label_number_887: nop
label_number_888: nop
label_number_889: nop
label_number_890: nop
label_number_891: nop
label_number_892: nop
label_number_893: nop
label_number_894: nop
label_number_895: nop
label_number_896: nop
label_number_897: nop
label_number_898: nop
label_number_899: nop
label_number_900: nop
label_number_901: nop
label_number_902: nop
label_number_903: nop
label_number_904: nop
label_number_905: nop
label_number_906: nop
label_number_907: nop
label_number_908: nop
label_number_909: nop
label_number_910: nop
label_number_911: nop
label_number_912: nop
label_number_913: nop
label_number_914: nop
label_number_915: nop
label_number_916: nop
label_number_917: nop
label_number_918: nop
label_number_919: nop
label_number_920: nop
label_number_921: nop
label_number_922: nop
label_number_923: nop
label_number_924: nop
label_number_925: nop
label_number_926: nop
label_number_927: nop
label_number_928: nop
label_number_929: nop
label_number_930: nop
label_number_931: nop
label_number_932: nop
label_number_933: nop
label_number_934: nop
label_number_935: nop
label_number_936: nop
label_number_937: nop
label_number_938: nop
label_number_939: nop
label_number_940: nop
label_number_941: nop
label_number_942: nop
label_number_943: nop
label_number_944: nop
label_number_945: nop
label_number_946: nop
label_number_947: nop
label_number_948: nop
label_number_949: nop
label_number_950: nop
label_number_951: nop
label_number_952: nop
label_number_953: nop
label_number_954: nop
label_number_955: nop
label_number_956: nop
label_number_957: nop
label_number_958: nop
label_number_959: nop
label_number_960: nop
label_number_961: nop
label_number_962: nop
label_number_963: nop
label_number_964: nop
label_number_965: nop
label_number_966: nop
label_number_967: nop
label_number_968: nop
label_number_969: nop
label_number_970: nop
label_number_971: nop
label_number_972: nop
label_number_973: nop
label_number_974: nop
label_number_975: nop
label_number_976: nop
label_number_977: nop
label_number_978: nop
label_number_979: nop
label_number_980: nop
label_number_981: nop
label_number_982: nop
label_number_983: nop
label_number_984: nop
label_number_985: nop
label_number_986: nop
label_number_987: nop
label_number_988: nop
label_number_989: nop
label_number_990: nop
label_number_991: nop
label_number_992: nop
label_number_993: nop
label_number_994: nop
label_number_995: nop
label_number_996: nop
label_number_997: nop
label_number_998: nop
label_number_999: nop
label_number_1000: nop
label_number_1001: nop
label_number_1002: nop
label_number_1003: nop
label_number_1004: nop
label_number_1005: nop
label_number_1006: nop
label_number_1007: nop
label_number_1008: nop
label_number_1009: nop
label_number_1010: nop
label_number_1011: nop
label_number_1012: nop
label_number_1013: nop
label_number_1014: nop
label_number_1015: nop
label_number_1016: nop
label_number_1017: nop
label_number_1018: nop
label_number_1019: nop
label_number_1020: nop
label_number_1021: nop
label_number_1022: nop
label_number_1023: nop
label_number_1024: nop
label_number_1025: nop
label_number_1026: nop
label_number_1027: nop
label_number_1028: nop
label_number_1029: nop
label_number_1030: nop
label_number_1031: nop
label_number_1032: nop
label_number_1033: nop
label_number_1034: nop
label_number_1035: nop
label_number_1036: nop
label_number_1037: nop
label_number_1038: nop
label_number_1039: nop
label_number_1040: nop
label_number_1041: nop
label_number_1042: nop
label_number_1043: nop
label_number_1044: nop
label_number_1045: nop
label_number_1046: nop
label_number_1047: nop
label_number_1048: nop
label_number_1049: nop
label_number_1050: nop
label_number_1051: nop
label_number_1052: nop
label_number_1053: nop
label_number_1054: nop
label_number_1055: nop
label_number_1056: nop
label_number_1057: nop
label_number_1058: nop
label_number_1059: nop
label_number_1060: nop
label_number_1061: nop
label_number_1062: nop
label_number_1063: nop
label_number_1064: nop
label_number_1065: nop
label_number_1066: nop
label_number_1067: nop
label_number_1068: nop
label_number_1069: nop
label_number_1070: nop
label_number_1071: nop
label_number_1072: nop
label_number_1073: nop
label_number_1074: nop
label_number_1075: nop
label_number_1076: nop
label_number_1077: nop
label_number_1078: nop
label_number_1079: nop
label_number_1080: nop
label_number_1081: nop
label_number_1082: nop
label_number_1083: nop
label_number_1084: nop
label_number_1085: nop
label_number_1086: nop
label_number_1087: nop
label_number_1088: nop
label_number_1089: nop
label_number_1090: nop
label_number_1091: nop
label_number_1092: nop
label_number_1093: nop
label_number_1094: nop
label_number_1095: nop
label_number_1096: nop
label_number_1097: nop
label_number_1098: nop
label_number_1099: nop
label_number_1100: nop
label_number_1101: nop
label_number_1102: nop
label_number_1103: nop
label_number_1104: nop
label_number_1105: nop
label_number_1106: nop
label_number_1107: nop
label_number_1108: nop
label_number_1109: nop
label_number_1110: nop
label_number_1111: nop
label_number_1112: nop
label_number_1113: nop
label_number_1114: nop
label_number_1115: nop
label_number_1116: nop
label_number_1117: nop
label_number_1118: nop
label_number_1119: nop
label_number_1120: nop
label_number_1121: nop
label_number_1122: nop
label_number_1123: nop
label_number_1124: nop
label_number_1125: nop
label_number_1126: nop
label_number_1127: nop
label_number_1128: nop
label_number_1129: nop
label_number_1130: nop
label_number_1131: nop
label_number_1132: nop
label_number_1133: nop
label_number_1134: nop
label_number_1135: nop
label_number_1136: nop
label_number_1137: nop
label_number_1138: nop
label_number_1139: nop
label_number_1140: nop
label_number_1141: nop
label_number_1142: nop
label_number_1143: nop
label_number_1144: nop
label_number_1145: nop
label_number_1146: nop
label_number_1147: nop
label_number_1148: nop
label_number_1149: nop
label_number_1150: nop
label_number_1151: nop
label_number_1152: nop
label_number_1153: nop
label_number_1154: nop
label_number_1155: nop
label_number_1156: nop
label_number_1157: nop
label_number_1158: nop
label_number_1159: nop
label_number_1160: nop
label_number_1161: nop
label_number_1162: nop
label_number_1163: nop
label_number_1164: nop
label_number_1165: nop
label_number_1166: nop
label_number_1167: nop
label_number_1168: nop
label_number_1169: nop
label_number_1170: nop
label_number_1171: nop
label_number_1172: nop
label_number_1173: nop
label_number_1174: nop
label_number_1175: nop
label_number_1176: nop
label_number_1177: nop
label_number_1178: nop
label_number_1179: nop
label_number_1180: nop
label_number_1181: nop
label_number_1182: nop
label_number_1183: nop
label_number_1184: nop
label_number_1185: nop
label_number_1186: nop
label_number_1187: nop
label_number_1188: nop
label_number_1189: nop
label_number_1190: nop
label_number_1191: nop
label_number_1192: nop
label_number_1193: nop
label_number_1194: nop
label_number_1195: nop
label_number_1196: nop
label_number_1197: nop
label_number_1198: nop
label_number_1199: nop
label_number_1200: nop
label_number_1201: nop
label_number_1202: nop
label_number_1203: nop
label_number_1204: nop
label_number_1205: nop
label_number_1206: nop
label_number_1207: nop
label_number_1208: nop
label_number_1209: nop
label_number_1210: nop
label_number_1211: nop
label_number_1212: nop
label_number_1213: nop
label_number_1214: nop
label_number_1215: nop
label_number_1216: nop
label_number_1217: nop
label_number_1218: nop
label_number_1219: nop
label_number_1220: nop
label_number_1221: nop
label_number_1222: nop
label_number_1223: nop
label_number_1224: nop
label_number_1225: nop
label_number_1226: nop
label_number_1227: nop
label_number_1228: nop
label_number_1229: nop
label_number_1230: nop
label_number_1231: nop
label_number_1232: nop
label_number_1233: nop
label_number_1234: nop
label_number_1235: nop
label_number_1236: nop
label_number_1237: nop
label_number_1238: nop
label_number_1239: nop
label_number_1240: nop
label_number_1241: nop
label_number_1242: nop
label_number_1243: nop
label_number_1244: nop
label_number_1245: nop
label_number_1246: nop
label_number_1247: nop
label_number_1248: nop
label_number_1249: nop
label_number_1250: nop
label_number_1251: nop
label_number_1252: nop
label_number_1253: nop
label_number_1254: nop
label_number_1255: nop
label_number_1256: nop
label_number_1257: nop
label_number_1258: nop
label_number_1259: nop
label_number_1260: nop
label_number_1261: nop
label_number_1262: nop
label_number_1263: nop
label_number_1264: nop
label_number_1265: nop
label_number_1266: nop
label_number_1267: nop
label_number_1268: nop
label_number_1269: nop
label_number_1270: nop
label_number_1271: nop
label_number_1272: nop
label_number_1273: nop
label_number_1274: nop
label_number_1275: nop
label_number_1276: nop
label_number_1277: nop
label_number_1278: nop
label_number_1279: nop
label_number_1280: nop
label_number_1281: nop
label_number_1282: nop
label_number_1283: nop
label_number_1284: nop
label_number_1285: nop
label_number_1286: nop
label_number_1287: nop
label_number_1288: nop
label_number_1289: nop
label_number_1290: nop
label_number_1291: nop
label_number_1292: nop
label_number_1293: nop
label_number_1294: nop
label_number_1295: nop
label_number_1296: nop
label_number_1297: nop
label_number_1298: nop
label_number_1299: nop
label_number_1300: nop
label_number_1301: nop
label_number_1302: nop
label_number_1303: nop
label_number_1304: nop
label_number_1305: nop
label_number_1306: nop
label_number_1307: nop
label_number_1308: nop
label_number_1309: nop
label_number_1310: nop
label_number_1311: nop
label_number_1312: nop
label_number_1313: nop
label_number_1314: nop
label_number_1315: nop
label_number_1316: nop
label_number_1317: nop
label_number_1318: nop
label_number_1319: nop
label_number_1320: nop
label_number_1321: nop
label_number_1322: nop
label_number_1323: nop
label_number_1324: nop
label_number_1325: nop
label_number_1326: nop
label_number_1327: nop
label_number_1328: nop
label_number_1329: nop
label_number_1330: nop
label_number_1331: nop
label_number_1332: nop
label_number_1333: nop
label_number_1334: nop
label_number_1335: nop
label_number_1336: nop
label_number_1337: nop
label_number_1338: nop
label_number_1339: nop
label_number_1340: nop
label_number_1341: nop
label_number_1342: nop
label_number_1343: nop
label_number_1344: nop
label_number_1345: nop
label_number_1346: nop
label_number_1347: nop
label_number_1348: nop
label_number_1349: nop
label_number_1350: nop
label_number_1351: nop
label_number_1352: nop
label_number_1353: nop
label_number_1354: nop
label_number_1355: nop
label_number_1356: nop
label_number_1357: nop
label_number_1358: nop
label_number_1359: nop
label_number_1360: nop
label_number_1361: nop
label_number_1362: nop
label_number_1363: nop
label_number_1364: nop
label_number_1365: nop
label_number_1366: nop
label_number_1367: nop
label_number_1368: nop
label_number_1369: nop
label_number_1370: nop
label_number_1371: nop
label_number_1372: nop
label_number_1373: nop
label_number_1374: nop
label_number_1375: nop
label_number_1376: nop
label_number_1377: nop
label_number_1378: nop
label_number_1379: nop
label_number_1380: nop
label_number_1381: nop
label_number_1382: nop
label_number_1383: nop
label_number_1384: nop
label_number_1385: nop
label_number_1386: nop
label_number_1387: nop
label_number_1388: nop
label_number_1389: nop
label_number_1390: nop
label_number_1391: nop
label_number_1392: nop
label_number_1393: nop
label_number_1394: nop
label_number_1395: nop
label_number_1396: nop
label_number_1397: nop
label_number_1398: nop
label_number_1399: nop
label_number_1400: nop
label_number_1401: nop
label_number_1402: nop
label_number_1403: nop
label_number_1404: nop
label_number_1405: nop
label_number_1406: nop
label_number_1407: nop
label_number_1408: nop
label_number_1409: nop
label_number_1410: nop
label_number_1411: nop
label_number_1412: nop
label_number_1413: nop
label_number_1414: nop
label_number_1415: nop
label_number_1416: nop
label_number_1417: nop
label_number_1418: nop
label_number_1419: nop
label_number_1420: nop
label_number_1421: nop
label_number_1422: nop
label_number_1423: nop
label_number_1424: nop
label_number_1425: nop
label_number_1426: nop
label_number_1427: nop
label_number_1428: nop
label_number_1429: nop
label_number_1430: nop
label_number_1431: nop
label_number_1432: nop
label_number_1433: nop
label_number_1434: nop
label_number_1435: nop
label_number_1436: nop
label_number_1437: nop
label_number_1438: nop
label_number_1439: nop
label_number_1440: nop
label_number_1441: nop
label_number_1442: nop
label_number_1443: nop
label_number_1444: nop
label_number_1445: nop
label_number_1446: nop
label_number_1447: nop
label_number_1448: nop
label_number_1449: nop
label_number_1450: nop
label_number_1451: nop
label_number_1452: nop
label_number_1453: nop
label_number_1454: nop
label_number_1455: nop
label_number_1456: nop
label_number_1457: nop
label_number_1458: nop
label_number_1459: nop
label_number_1460: nop
label_number_1461: nop
label_number_1462: nop
label_number_1463: nop
label_number_1464: nop
label_number_1465: nop
label_number_1466: nop
label_number_1467: nop
label_number_1468: nop
label_number_1469: nop
label_number_1470: nop
label_number_1471: nop
label_number_1472: nop
label_number_1473: nop
label_number_1474: nop
label_number_1475: nop
label_number_1476: nop
label_number_1477: nop
label_number_1478: nop
label_number_1479: nop
label_number_1480: nop
label_number_1481: nop
label_number_1482: nop
label_number_1483: nop
label_number_1484: nop
label_number_1485: nop
label_number_1486: nop
label_number_1487: nop
label_number_1488: nop
label_number_1489: nop
label_number_1490: nop
label_number_1491: nop
label_number_1492: nop
label_number_1493: nop
label_number_1494: nop
label_number_1495: nop
label_number_1496: nop
label_number_1497: nop
label_number_1498: nop
label_number_1499: nop
label_number_1500: nop
label_number_1501: nop
label_number_1502: nop
label_number_1503: nop
label_number_1504: nop
label_number_1505: nop
label_number_1506: nop
label_number_1507: nop
label_number_1508: nop
label_number_1509: nop
label_number_1510: nop
label_number_1511: nop
label_number_1512: nop
label_number_1513: nop
label_number_1514: nop
label_number_1515: nop
label_number_1516: nop
label_number_1517: nop
label_number_1518: nop
label_number_1519: nop
label_number_1520: nop
label_number_1521: nop
label_number_1522: nop
label_number_1523: nop
label_number_1524: nop
label_number_1525: nop
label_number_1526: nop
label_number_1527: nop
label_number_1528: nop
label_number_1529: nop
label_number_1530: nop
label_number_1531: nop
label_number_1532: nop
label_number_1533: nop
label_number_1534: nop
label_number_1535: nop
label_number_1536: nop
label_number_1537: nop
label_number_1538: nop
label_number_1539: nop
label_number_1540: nop
label_number_1541: nop
label_number_1542: nop
label_number_1543: nop
label_number_1544: nop
label_number_1545: nop
label_number_1546: nop
label_number_1547: nop
label_number_1548: nop
label_number_1549: nop
label_number_1550: nop
label_number_1551: nop
label_number_1552: nop
label_number_1553: nop
label_number_1554: nop
label_number_1555: nop
label_number_1556: nop
label_number_1557: nop
label_number_1558: nop
label_number_1559: nop
label_number_1560: nop
label_number_1561: nop
label_number_1562: nop
label_number_1563: nop
label_number_1564: nop
label_number_1565: nop
label_number_1566: nop
label_number_1567: nop
label_number_1568: nop
label_number_1569: nop
label_number_1570: nop
label_number_1571: nop
label_number_1572: nop
label_number_1573: nop
label_number_1574: nop
label_number_1575: nop
label_number_1576: nop
label_number_1577: nop
label_number_1578: nop
label_number_1579: nop
label_number_1580: nop
label_number_1581: nop
label_number_1582: nop
label_number_1583: nop
label_number_1584: nop
label_number_1585: nop
label_number_1586: nop
label_number_1587: nop
label_number_1588: nop
label_number_1589: nop
label_number_1590: nop
label_number_1591: nop
label_number_1592: nop
label_number_1593: nop
label_number_1594: nop
label_number_1595: nop
label_number_1596: nop
label_number_1597: nop
label_number_1598: nop
label_number_1599: nop
label_number_1600: nop
label_number_1601: nop
label_number_1602: nop
label_number_1603: nop
label_number_1604: nop
label_number_1605: nop
label_number_1606: nop
label_number_1607: nop
label_number_1608: nop
label_number_1609: nop
label_number_1610: nop
label_number_1611: nop
label_number_1612: nop
label_number_1613: nop
label_number_1614: nop
label_number_1615: nop
label_number_1616: nop
label_number_1617: nop
label_number_1618: nop
label_number_1619: nop
label_number_1620: nop
label_number_1621: nop
label_number_1622: nop
label_number_1623: nop
label_number_1624: nop
label_number_1625: nop
label_number_1626: nop
label_number_1627: nop
label_number_1628: nop
label_number_1629: nop
label_number_1630: nop
label_number_1631: nop
label_number_1632: nop
label_number_1633: nop
label_number_1634: nop
label_number_1635: nop
label_number_1636: nop
label_number_1637: nop
label_number_1638: nop
label_number_1639: nop
label_number_1640: nop
label_number_1641: nop
label_number_1642: nop
label_number_1643: nop
label_number_1644: nop
label_number_1645: nop
label_number_1646: nop
label_number_1647: nop
label_number_1648: nop
label_number_1649: nop
label_number_1650: nop
label_number_1651: nop
label_number_1652: nop
label_number_1653: nop
label_number_1654: nop
label_number_1655: nop
label_number_1656: nop
label_number_1657: nop
label_number_1658: nop
label_number_1659: nop
label_number_1660: nop
label_number_1661: nop
label_number_1662: nop
label_number_1663: nop
label_number_1664: nop
label_number_1665: nop
label_number_1666: nop
label_number_1667: nop
label_number_1668: nop
label_number_1669: nop
label_number_1670: nop
label_number_1671: nop
label_number_1672: nop
label_number_1673: nop
label_number_1674: nop
label_number_1675: nop
label_number_1676: nop
label_number_1677: nop
label_number_1678: nop
label_number_1679: nop
label_number_1680: nop
label_number_1681: nop
label_number_1682: nop
label_number_1683: nop
label_number_1684: nop
label_number_1685: nop
label_number_1686: nop
label_number_1687: nop
label_number_1688: nop
label_number_1689: nop
label_number_1690: nop
label_number_1691: nop
label_number_1692: nop
label_number_1693: nop
label_number_1694: nop
label_number_1695: nop
label_number_1696: nop
label_number_1697: nop
label_number_1698: nop
label_number_1699: nop
label_number_1700: nop
label_number_1701: nop
label_number_1702: nop
label_number_1703: nop
label_number_1704: nop
label_number_1705: nop
label_number_1706: nop
label_number_1707: nop
label_number_1708: nop
label_number_1709: nop
label_number_1710: nop
label_number_1711: nop
label_number_1712: nop
label_number_1713: nop
label_number_1714: nop
label_number_1715: nop
label_number_1716: nop
label_number_1717: nop
label_number_1718: nop
label_number_1719: nop
label_number_1720: nop
label_number_1721: nop
label_number_1722: nop
label_number_1723: nop
label_number_1724: nop
label_number_1725: nop
label_number_1726: nop
label_number_1727: nop
label_number_1728: nop
label_number_1729: nop
label_number_1730: nop
label_number_1731: nop
label_number_1732: nop
label_number_1733: nop
label_number_1734: nop
label_number_1735: nop
label_number_1736: nop
label_number_1737: nop
label_number_1738: nop
label_number_1739: nop
label_number_1740: nop
label_number_1741: nop
label_number_1742: nop
label_number_1743: nop
label_number_1744: nop
label_number_1745: nop
label_number_1746: nop
label_number_1747: nop
label_number_1748: nop
label_number_1749: nop
label_number_1750: nop
label_number_1751: nop
label_number_1752: nop
label_number_1753: nop
label_number_1754: nop
label_number_1755: nop
label_number_1756: nop
label_number_1757: nop
label_number_1758: nop
label_number_1759: nop
label_number_1760: nop
label_number_1761: nop
label_number_1762: nop
label_number_1763: nop
label_number_1764: nop
label_number_1765: nop
label_number_1766: nop
label_number_1767: nop
label_number_1768: nop
label_number_1769: nop
label_number_1770: nop
label_number_1771: nop
label_number_1772: nop
label_number_1773: nop
label_number_1774: nop
label_number_1775: nop
label_number_1776: nop
label_number_1777: nop
label_number_1778: nop
label_number_1779: nop
label_number_1780: nop
label_number_1781: nop
label_number_1782: nop
label_number_1783: nop
label_number_1784: nop
label_number_1785: nop
label_number_1786: nop
label_number_1787: nop
label_number_1788: nop
label_number_1789: nop
label_number_1790: nop
label_number_1791: nop
label_number_1792: nop
label_number_1793: nop
label_number_1794: nop
label_number_1795: nop
label_number_1796: nop
label_number_1797: nop
label_number_1798: nop
label_number_1799: nop
label_number_1800: nop
label_number_1801: nop
label_number_1802: nop
label_number_1803: nop
label_number_1804: nop
label_number_1805: nop
label_number_1806: nop
label_number_1807: nop
label_number_1808: nop
label_number_1809: nop
label_number_1810: nop
label_number_1811: nop
label_number_1812: nop
label_number_1813: nop
label_number_1814: nop
label_number_1815: nop
label_number_1816: nop
label_number_1817: nop
label_number_1818: nop
label_number_1819: nop
label_number_1820: nop
label_number_1821: nop
label_number_1822: nop
label_number_1823: nop
label_number_1824: nop
label_number_1825: nop
label_number_1826: nop
label_number_1827: nop
label_number_1828: nop
label_number_1829: nop
label_number_1830: nop
label_number_1831: nop
label_number_1832: nop
label_number_1833: nop
label_number_1834: nop
label_number_1835: nop
label_number_1836: nop
label_number_1837: nop
label_number_1838: nop
label_number_1839: nop
label_number_1840: nop
label_number_1841: nop
label_number_1842: nop
label_number_1843: nop
label_number_1844: nop
label_number_1845: nop
label_number_1846: nop
label_number_1847: nop
label_number_1848: nop
label_number_1849: nop
label_number_1850: nop
label_number_1851: nop
label_number_1852: nop
label_number_1853: nop
label_number_1854: nop
label_number_1855: nop
label_number_1856: nop
label_number_1857: nop
label_number_1858: nop
label_number_1859: nop
label_number_1860: nop
label_number_1861: nop
label_number_1862: nop
label_number_1863: nop
label_number_1864: nop
label_number_1865: nop
label_number_1866: nop
label_number_1867: nop
label_number_1868: nop
label_number_1869: nop
label_number_1870: nop
label_number_1871: nop
label_number_1872: nop
label_number_1873: nop
label_number_1874: nop
label_number_1875: nop
label_number_1876: nop
label_number_1877: nop
label_number_1878: nop
label_number_1879: nop
label_number_1880: nop
label_number_1881: nop
label_number_1882: nop
label_number_1883: nop
label_number_1884: nop
label_number_1885: nop
label_number_1886: nop
label_number_1887: nop
label_number_1888: nop
label_number_1889: nop
label_number_1890: nop
label_number_1891: nop
label_number_1892: nop
label_number_1893: nop
label_number_1894: nop
label_number_1895: nop
label_number_1896: nop
label_number_1897: nop
label_number_1898: nop
label_number_1899: nop
label_number_1900: nop
label_number_1901: nop
label_number_1902: nop
label_number_1903: nop
label_number_1904: nop
label_number_1905: nop
label_number_1906: nop
label_number_1907: nop
label_number_1908: nop
label_number_1909: nop
label_number_1910: nop
label_number_1911: nop
label_number_1912: nop
label_number_1913: nop
label_number_1914: nop
label_number_1915: nop
label_number_1916: nop
label_number_1917: nop
label_number_1918: nop
label_number_1919: nop
label_number_1920: nop
label_number_1921: nop
label_number_1922: nop
label_number_1923: nop
label_number_1924: nop
label_number_1925: nop
label_number_1926: nop
label_number_1927: nop
label_number_1928: nop
label_number_1929: nop
label_number_1930: nop
label_number_1931: nop
label_number_1932: nop
label_number_1933: nop
label_number_1934: nop
label_number_1935: nop
label_number_1936: nop
label_number_1937: nop
label_number_1938: nop
label_number_1939: nop
label_number_1940: nop
label_number_1941: nop
label_number_1942: nop
label_number_1943: nop
label_number_1944: nop
label_number_1945: nop
label_number_1946: nop
label_number_1947: nop
label_number_1948: nop
label_number_1949: nop
label_number_1950: nop
label_number_1951: nop
label_number_1952: nop
label_number_1953: nop
label_number_1954: nop
label_number_1955: nop
label_number_1956: nop
label_number_1957: nop
label_number_1958: nop
label_number_1959: nop
label_number_1960: nop
label_number_1961: nop
label_number_1962: nop
label_number_1963: nop
label_number_1964: nop
label_number_1965: nop
label_number_1966: nop
label_number_1967: nop
label_number_1968: nop
label_number_1969: nop
label_number_1970: nop
label_number_1971: nop
label_number_1972: nop
label_number_1973: nop
label_number_1974: nop
label_number_1975: nop
label_number_1976: nop
label_number_1977: nop
label_number_1978: nop
label_number_1979: nop
label_number_1980: nop
label_number_1981: nop
label_number_1982: nop
label_number_1983: nop
label_number_1984: nop
label_number_1985: nop
label_number_1986: nop
label_number_1987: nop
label_number_1988: nop
label_number_1989: nop
label_number_1990: nop
label_number_1991: nop
label_number_1992: nop
label_number_1993: nop
label_number_1994: nop
label_number_1995: nop
label_number_1996: nop
label_number_1997: nop
label_number_1998: nop
label_number_1999: nop
label_number_2000: nop
label_number_2001: nop
label_number_2002: nop
label_number_2003: nop
label_number_2004: nop
label_number_2005: nop
label_number_2006: nop
label_number_2007: nop
label_number_2008: nop
label_number_2009: nop
label_number_2010: nop
label_number_2011: nop
label_number_2012: nop
label_number_2013: nop
label_number_2014: nop
label_number_2015: nop
label_number_2016: nop
label_number_2017: nop
label_number_2018: nop
label_number_2019: nop
label_number_2020: nop
label_number_2021: nop
label_number_2022: nop
label_number_2023: nop
label_number_2024: nop
label_number_2025: nop
label_number_2026: nop
label_number_2027: nop
label_number_2028: nop
label_number_2029: nop
label_number_2030: nop
label_number_2031: nop
label_number_2032: nop
label_number_2033: nop
label_number_2034: nop
label_number_2035: nop
label_number_2036: nop
label_number_2037: nop
label_number_2038: nop
label_number_2039: nop
label_number_2040: nop
label_number_2041: nop
label_number_2042: nop
label_number_2043: nop
label_number_2044: nop
label_number_2045: nop
label_number_2046: nop
label_number_2047: nop
label_number_2048: nop
label_number_2049: nop
label_number_2050: nop
label_number_2051: nop
label_number_2052: nop
label_number_2053: nop
label_number_2054: nop
label_number_2055: nop
label_number_2056: nop
label_number_2057: nop
label_number_2058: nop
label_number_2059: nop
label_number_2060: nop
label_number_2061: nop
label_number_2062: nop
label_number_2063: nop
label_number_2064: nop
label_number_2065: nop
label_number_2066: nop
label_number_2067: nop
label_number_2068: nop
label_number_2069: nop
label_number_2070: nop
label_number_2071: nop
label_number_2072: nop
label_number_2073: nop
label_number_2074: nop
label_number_2075: nop
label_number_2076: nop
label_number_2077: nop
label_number_2078: nop
label_number_2079: nop
label_number_2080: nop
label_number_2081: nop
label_number_2082: nop
label_number_2083: nop
label_number_2084: nop
label_number_2085: nop
label_number_2086: nop
label_number_2087: nop
label_number_2088: nop
label_number_2089: nop
label_number_2090: nop
label_number_2091: nop
label_number_2092: nop
label_number_2093: nop
label_number_2094: nop
label_number_2095: nop
label_number_2096: nop
label_number_2097: nop
label_number_2098: nop
label_number_2099: nop
label_number_2100: nop
label_number_2101: nop
label_number_2102: nop
label_number_2103: nop
label_number_2104: nop
label_number_2105: nop
label_number_2106: nop
label_number_2107: nop
label_number_2108: nop
label_number_2109: nop
label_number_2110: nop
label_number_2111: nop
label_number_2112: nop
label_number_2113: nop
label_number_2114: nop
label_number_2115: nop
label_number_2116: nop
label_number_2117: nop
label_number_2118: nop
label_number_2119: nop
label_number_2120: nop
label_number_2121: nop
label_number_2122: nop
label_number_2123: nop
label_number_2124: nop
label_number_2125: nop
label_number_2126: nop
label_number_2127: nop
label_number_2128: nop
label_number_2129: nop
label_number_2130: nop
label_number_2131: nop
label_number_2132: nop
label_number_2133: nop
label_number_2134: nop
label_number_2135: nop
label_number_2136: nop
label_number_2137: nop
label_number_2138: nop
label_number_2139: nop
label_number_2140: nop
label_number_2141: nop
label_number_2142: nop
label_number_2143: nop
label_number_2144: nop
label_number_2145: nop
label_number_2146: nop
label_number_2147: nop
label_number_2148: nop
label_number_2149: nop
label_number_2150: nop
label_number_2151: nop
label_number_2152: nop
label_number_2153: nop
label_number_2154: nop
label_number_2155: nop
label_number_2156: nop
label_number_2157: nop
label_number_2158: nop
label_number_2159: nop
label_number_2160: nop
label_number_2161: nop
label_number_2162: nop
label_number_2163: nop
label_number_2164: nop
label_number_2165: nop
label_number_2166: nop
label_number_2167: nop
label_number_2168: nop
label_number_2169: nop
label_number_2170: nop
label_number_2171: nop
label_number_2172: nop
label_number_2173: nop
label_number_2174: nop
label_number_2175: nop
label_number_2176: nop
label_number_2177: nop
label_number_2178: nop
label_number_2179: nop
label_number_2180: nop
label_number_2181: nop
label_number_2182: nop
label_number_2183: nop
label_number_2184: nop
label_number_2185: nop
label_number_2186: nop
label_number_2187: nop
label_number_2188: nop
label_number_2189: nop
label_number_2190: nop
label_number_2191: nop
label_number_2192: nop
label_number_2193: nop
label_number_2194: nop
label_number_2195: nop
label_number_2196: nop
label_number_2197: nop
label_number_2198: nop
label_number_2199: nop
label_number_2200: nop
label_number_2201: nop
label_number_2202: nop
label_number_2203: nop
label_number_2204: nop
label_number_2205: nop
label_number_2206: nop
label_number_2207: nop
label_number_2208: nop
label_number_2209: nop
label_number_2210: nop
label_number_2211: nop
label_number_2212: nop
label_number_2213: nop
label_number_2214: nop
label_number_2215: nop
label_number_2216: nop
label_number_2217: nop
label_number_2218: nop
label_number_2219: nop
label_number_2220: nop
label_number_2221: nop
label_number_2222: nop
label_number_2223: nop
label_number_2224: nop
label_number_2225: nop
label_number_2226: nop
label_number_2227: nop
label_number_2228: nop
label_number_2229: nop
label_number_2230: nop
label_number_2231: nop
label_number_2232: nop
label_number_2233: nop
label_number_2234: nop
label_number_2235: nop
label_number_2236: nop
label_number_2237: nop
label_number_2238: nop
label_number_2239: nop
label_number_2240: nop
label_number_2241: nop
label_number_2242: nop
label_number_2243: nop
label_number_2244: nop
label_number_2245: nop
label_number_2246: nop
label_number_2247: nop
label_number_2248: nop
label_number_2249: nop
label_number_2250: nop
label_number_2251: nop
label_number_2252: nop
label_number_2253: nop
label_number_2254: nop
label_number_2255: nop
label_number_2256: nop
label_number_2257: nop
label_number_2258: nop
label_number_2259: nop
label_number_2260: nop
label_number_2261: nop
label_number_2262: nop
label_number_2263: nop
label_number_2264: nop
label_number_2265: nop
label_number_2266: nop
label_number_2267: nop
label_number_2268: nop
label_number_2269: nop
label_number_2270: nop
label_number_2271: nop
label_number_2272: nop
label_number_2273: nop
label_number_2274: nop
label_number_2275: nop
label_number_2276: nop
label_number_2277: nop
label_number_2278: nop
label_number_2279: nop
label_number_2280: nop
label_number_2281: nop
label_number_2282: nop
label_number_2283: nop
label_number_2284: nop
label_number_2285: nop
label_number_2286: nop
label_number_2287: nop
label_number_2288: nop
label_number_2289: nop
label_number_2290: nop
label_number_2291: nop
label_number_2292: nop
label_number_2293: nop
label_number_2294: nop
label_number_2295: nop
label_number_2296: nop
label_number_2297: nop
label_number_2298: nop
label_number_2299: nop
label_number_2300: nop
label_number_2301: nop
label_number_2302: nop
label_number_2303: nop
label_number_2304: nop
label_number_2305: nop
label_number_2306: nop
label_number_2307: nop
label_number_2308: nop
label_number_2309: nop
label_number_2310: nop
label_number_2311: nop
label_number_2312: nop
label_number_2313: nop
label_number_2314: nop
label_number_2315: nop
label_number_2316: nop
label_number_2317: nop
label_number_2318: nop
label_number_2319: nop
label_number_2320: nop
label_number_2321: nop
label_number_2322: nop
label_number_2323: nop
label_number_2324: nop
label_number_2325: nop
label_number_2326: nop
label_number_2327: nop
label_number_2328: nop
label_number_2329: nop
label_number_2330: nop
label_number_2331: nop
label_number_2332: nop
label_number_2333: nop
label_number_2334: nop
label_number_2335: nop
label_number_2336: nop
label_number_2337: nop
label_number_2338: nop
label_number_2339: nop
label_number_2340: nop
label_number_2341: nop
label_number_2342: nop
label_number_2343: nop
label_number_2344: nop
label_number_2345: nop
label_number_2346: nop
label_number_2347: nop
label_number_2348: nop
label_number_2349: nop
label_number_2350: nop
label_number_2351: nop
label_number_2352: nop
label_number_2353: nop
label_number_2354: nop
label_number_2355: nop
label_number_2356: nop
label_number_2357: nop
label_number_2358: nop
label_number_2359: nop
label_number_2360: nop
label_number_2361: nop
label_number_2362: nop
label_number_2363: nop
label_number_2364: nop
label_number_2365: nop
label_number_2366: nop
label_number_2367: nop
label_number_2368: nop
label_number_2369: nop
label_number_2370: nop
label_number_2371: nop
label_number_2372: nop
label_number_2373: nop
label_number_2374: nop
label_number_2375: nop
label_number_2376: nop
label_number_2377: nop
label_number_2378: nop
label_number_2379: nop
label_number_2380: nop
label_number_2381: nop
label_number_2382: nop
label_number_2383: nop
label_number_2384: nop
label_number_2385: nop
label_number_2386: nop
label_number_2387: nop
label_number_2388: nop
label_number_2389: nop
label_number_2390: nop
label_number_2391: nop
label_number_2392: nop
label_number_2393: nop
label_number_2394: nop
label_number_2395: nop
label_number_2396: nop
label_number_2397: nop
label_number_2398: nop
label_number_2399: nop
label_number_2400: nop
label_number_2401: nop
label_number_2402: nop
label_number_2403: nop
label_number_2404: nop
label_number_2405: nop
label_number_2406: nop
label_number_2407: nop
label_number_2408: nop
label_number_2409: nop
label_number_2410: nop
label_number_2411: nop
label_number_2412: nop
label_number_2413: nop
label_number_2414: nop
label_number_2415: nop
label_number_2416: nop
label_number_2417: nop
label_number_2418: nop
label_number_2419: nop
label_number_2420: nop
label_number_2421: nop
label_number_2422: nop
label_number_2423: nop
label_number_2424: nop
label_number_2425: nop
label_number_2426: nop
label_number_2427: nop
label_number_2428: nop
label_number_2429: nop
label_number_2430: nop
label_number_2431: nop
label_number_2432: nop
label_number_2433: nop
label_number_2434: nop
label_number_2435: nop
label_number_2436: nop
label_number_2437: nop
label_number_2438: nop
label_number_2439: nop
label_number_2440: nop
label_number_2441: nop
label_number_2442: nop
label_number_2443: nop
label_number_2444: nop
label_number_2445: nop
label_number_2446: nop
label_number_2447: nop
label_number_2448: nop
label_number_2449: nop
label_number_2450: nop
label_number_2451: nop
label_number_2452: nop
label_number_2453: nop
label_number_2454: nop
label_number_2455: nop
label_number_2456: nop
label_number_2457: nop
label_number_2458: nop
label_number_2459: nop
label_number_2460: nop
label_number_2461: nop
label_number_2462: nop
label_number_2463: nop
label_number_2464: nop
label_number_2465: nop
label_number_2466: nop
label_number_2467: nop
label_number_2468: nop
label_number_2469: nop
label_number_2470: nop
label_number_2471: nop
label_number_2472: nop
label_number_2473: nop
label_number_2474: nop
label_number_2475: nop
label_number_2476: nop
label_number_2477: nop
label_number_2478: nop
label_number_2479: nop
label_number_2480: nop
label_number_2481: nop
label_number_2482: nop
label_number_2483: nop
label_number_2484: nop
label_number_2485: nop
label_number_2486: nop
label_number_2487: nop
label_number_2488: nop
label_number_2489: nop
label_number_2490: nop
label_number_2491: nop
label_number_2492: nop
label_number_2493: nop
label_number_2494: nop
label_number_2495: nop
label_number_2496: nop
label_number_2497: nop
label_number_2498: nop
label_number_2499: nop
label_number_2500: nop
label_number_2501: nop
label_number_2502: nop
label_number_2503: nop
label_number_2504: nop
label_number_2505: nop
label_number_2506: nop
label_number_2507: nop
label_number_2508: nop
label_number_2509: nop
label_number_2510: nop
label_number_2511: nop
label_number_2512: nop
label_number_2513: nop
label_number_2514: nop
label_number_2515: nop
label_number_2516: nop
label_number_2517: nop
label_number_2518: nop
label_number_2519: nop
label_number_2520: nop
label_number_2521: nop
label_number_2522: nop
label_number_2523: nop
label_number_2524: nop
label_number_2525: nop
label_number_2526: nop
label_number_2527: nop
label_number_2528: nop
label_number_2529: nop
label_number_2530: nop
label_number_2531: nop
label_number_2532: nop
label_number_2533: nop
label_number_2534: nop
label_number_2535: nop
label_number_2536: nop
label_number_2537: nop
label_number_2538: nop
label_number_2539: nop
label_number_2540: nop
label_number_2541: nop
label_number_2542: nop
label_number_2543: nop
label_number_2544: nop
label_number_2545: nop
label_number_2546: nop
label_number_2547: nop
label_number_2548: nop
label_number_2549: nop
label_number_2550: nop
label_number_2551: nop
label_number_2552: nop
label_number_2553: nop
label_number_2554: nop
label_number_2555: nop
label_number_2556: nop
label_number_2557: nop
label_number_2558: nop
label_number_2559: nop
label_number_2560: nop
label_number_2561: nop
label_number_2562: nop
label_number_2563: nop
label_number_2564: nop
label_number_2565: nop
label_number_2566: nop
label_number_2567: nop
label_number_2568: nop
label_number_2569: nop
label_number_2570: nop
label_number_2571: nop
label_number_2572: nop
label_number_2573: nop
label_number_2574: nop
label_number_2575: nop
label_number_2576: nop
label_number_2577: nop
label_number_2578: nop
label_number_2579: nop
label_number_2580: nop
label_number_2581: nop
label_number_2582: nop
label_number_2583: nop
label_number_2584: nop
label_number_2585: nop
label_number_2586: nop
label_number_2587: nop
label_number_2588: nop
label_number_2589: nop
label_number_2590: nop
label_number_2591: nop
label_number_2592: nop
label_number_2593: nop
label_number_2594: nop
label_number_2595: nop
label_number_2596: nop
label_number_2597: nop
label_number_2598: nop
label_number_2599: nop
label_number_2600: nop
label_number_2601: nop
label_number_2602: nop
label_number_2603: nop
label_number_2604: nop
label_number_2605: nop
label_number_2606: nop
label_number_2607: nop
label_number_2608: nop
label_number_2609: nop
label_number_2610: nop
label_number_2611: nop
label_number_2612: nop
label_number_2613: nop
label_number_2614: nop
label_number_2615: nop
label_number_2616: nop
label_number_2617: nop
label_number_2618: nop
label_number_2619: nop
label_number_2620: nop
label_number_2621: nop
label_number_2622: nop
label_number_2623: nop
label_number_2624: nop
label_number_2625: nop
label_number_2626: nop
label_number_2627: nop
label_number_2628: nop
label_number_2629: nop
label_number_2630: nop
label_number_2631: nop
label_number_2632: nop
label_number_2633: nop
label_number_2634: nop
label_number_2635: nop
label_number_2636: nop
label_number_2637: nop
label_number_2638: nop
label_number_2639: nop
label_number_2640: nop
label_number_2641: nop
label_number_2642: nop
label_number_2643: nop
label_number_2644: nop
label_number_2645: nop
label_number_2646: nop
label_number_2647: nop
label_number_2648: nop
label_number_2649: nop
label_number_2650: nop
label_number_2651: nop
label_number_2652: nop
label_number_2653: nop
label_number_2654: nop
label_number_2655: nop
label_number_2656: nop
label_number_2657: nop
label_number_2658: nop
label_number_2659: nop
label_number_2660: nop
label_number_2661: nop
label_number_2662: nop
label_number_2663: nop
label_number_2664: nop
label_number_2665: nop
label_number_2666: nop
label_number_2667: nop
label_number_2668: nop
label_number_2669: nop
label_number_2670: nop
label_number_2671: nop
label_number_2672: nop
label_number_2673: nop
label_number_2674: nop
label_number_2675: nop
label_number_2676: nop
label_number_2677: nop
label_number_2678: nop
label_number_2679: nop
label_number_2680: nop
label_number_2681: nop
label_number_2682: nop
label_number_2683: nop
label_number_2684: nop
label_number_2685: nop
label_number_2686: nop
label_number_2687: nop
label_number_2688: nop
label_number_2689: nop
label_number_2690: nop
label_number_2691: nop
label_number_2692: nop
label_number_2693: nop
label_number_2694: nop
label_number_2695: nop
label_number_2696: nop
label_number_2697: nop
label_number_2698: nop
label_number_2699: nop
label_number_2700: nop
label_number_2701: nop
label_number_2702: nop
label_number_2703: nop
label_number_2704: nop
label_number_2705: nop
label_number_2706: nop
label_number_2707: nop
label_number_2708: nop
label_number_2709: nop
label_number_2710: nop
label_number_2711: nop
label_number_2712: nop
label_number_2713: nop
label_number_2714: nop
label_number_2715: nop
label_number_2716: nop
label_number_2717: nop
label_number_2718: nop
label_number_2719: nop
label_number_2720: nop
label_number_2721: nop
label_number_2722: nop
label_number_2723: nop
label_number_2724: nop
label_number_2725: nop
label_number_2726: nop
label_number_2727: nop
label_number_2728: nop
label_number_2729: nop
label_number_2730: nop
label_number_2731: nop
label_number_2732: nop
label_number_2733: nop
label_number_2734: nop
label_number_2735: nop
label_number_2736: nop
label_number_2737: nop
label_number_2738: nop
label_number_2739: nop
label_number_2740: nop
label_number_2741: nop
label_number_2742: nop
label_number_2743: nop
label_number_2744: nop
label_number_2745: nop
label_number_2746: nop
label_number_2747: nop
label_number_2748: nop
label_number_2749: nop
label_number_2750: nop
label_number_2751: nop
label_number_2752: nop
label_number_2753: nop
label_number_2754: nop
label_number_2755: nop
label_number_2756: nop
label_number_2757: nop
label_number_2758: nop
label_number_2759: nop
label_number_2760: nop
label_number_2761: nop
label_number_2762: nop
label_number_2763: nop
label_number_2764: nop
label_number_2765: nop
label_number_2766: nop
label_number_2767: nop
label_number_2768: nop
label_number_2769: nop
label_number_2770: nop
label_number_2771: nop
label_number_2772: nop
label_number_2773: nop
label_number_2774: nop
label_number_2775: nop
label_number_2776: nop
label_number_2777: nop
label_number_2778: nop
label_number_2779: nop
label_number_2780: nop
label_number_2781: nop
label_number_2782: nop
label_number_2783: nop
label_number_2784: nop
label_number_2785: nop
label_number_2786: nop
label_number_2787: nop
label_number_2788: nop
label_number_2789: nop
label_number_2790: nop
label_number_2791: nop
label_number_2792: nop
label_number_2793: nop
label_number_2794: nop
label_number_2795: nop
label_number_2796: nop
label_number_2797: nop
label_number_2798: nop
label_number_2799: nop
label_number_2800: nop
label_number_2801: nop
label_number_2802: nop
label_number_2803: nop
label_number_2804: nop
label_number_2805: nop
label_number_2806: nop
label_number_2807: nop
label_number_2808: nop
label_number_2809: nop
label_number_2810: nop
label_number_2811: nop
label_number_2812: nop
label_number_2813: nop
label_number_2814: nop
label_number_2815: nop
label_number_2816: nop
label_number_2817: nop
label_number_2818: nop
label_number_2819: nop
label_number_2820: nop
label_number_2821: nop
label_number_2822: nop
label_number_2823: nop
label_number_2824: nop
label_number_2825: nop
label_number_2826: nop
label_number_2827: nop
label_number_2828: nop
label_number_2829: nop
label_number_2830: nop
label_number_2831: nop
label_number_2832: nop
label_number_2833: nop
label_number_2834: nop
label_number_2835: nop
label_number_2836: nop
label_number_2837: nop
label_number_2838: nop
label_number_2839: nop
label_number_2840: nop
label_number_2841: nop
label_number_2842: nop
label_number_2843: nop
label_number_2844: nop
label_number_2845: nop
label_number_2846: nop
label_number_2847: nop
label_number_2848: nop
label_number_2849: nop
label_number_2850: nop
label_number_2851: nop
label_number_2852: nop
label_number_2853: nop
label_number_2854: nop
label_number_2855: nop
label_number_2856: nop
label_number_2857: nop
label_number_2858: nop
label_number_2859: nop
label_number_2860: nop
label_number_2861: nop
label_number_2862: nop
label_number_2863: nop
label_number_2864: nop
label_number_2865: nop
label_number_2866: nop
label_number_2867: nop
label_number_2868: nop
label_number_2869: nop
label_number_2870: nop
label_number_2871: nop
label_number_2872: nop
label_number_2873: nop
label_number_2874: nop
label_number_2875: nop
label_number_2876: nop
label_number_2877: nop
label_number_2878: nop
label_number_2879: nop
label_number_2880: nop
label_number_2881: nop
label_number_2882: nop
label_number_2883: nop
label_number_2884: nop
label_number_2885: nop
label_number_2886: nop
label_number_2887: nop
label_number_2888: nop
label_number_2889: nop
label_number_2890: nop
label_number_2891: nop
label_number_2892: nop
label_number_2893: nop
label_number_2894: nop
label_number_2895: nop
label_number_2896: nop
label_number_2897: nop
label_number_2898: nop
label_number_2899: nop
label_number_2900: nop
label_number_2901: nop
label_number_2902: nop
label_number_2903: nop
label_number_2904: nop
label_number_2905: nop
label_number_2906: nop
label_number_2907: nop
label_number_2908: nop
label_number_2909: nop
label_number_2910: nop
label_number_2911: nop
label_number_2912: nop
label_number_2913: nop
label_number_2914: nop
label_number_2915: nop
label_number_2916: nop
label_number_2917: nop
label_number_2918: nop
label_number_2919: nop
label_number_2920: nop
label_number_2921: nop
label_number_2922: nop
label_number_2923: nop
label_number_2924: nop
label_number_2925: nop
label_number_2926: nop
label_number_2927: nop
label_number_2928: nop
label_number_2929: nop
label_number_2930: nop
label_number_2931: nop
label_number_2932: nop
label_number_2933: nop
label_number_2934: nop
label_number_2935: nop
label_number_2936: nop
label_number_2937: nop
label_number_2938: nop
label_number_2939: nop
label_number_2940: nop
label_number_2941: nop
label_number_2942: nop
label_number_2943: nop
label_number_2944: nop
label_number_2945: nop
label_number_2946: nop
label_number_2947: nop
label_number_2948: nop
label_number_2949: nop
label_number_2950: nop
label_number_2951: nop
label_number_2952: nop
label_number_2953: nop
label_number_2954: nop
label_number_2955: nop
label_number_2956: nop
label_number_2957: nop
label_number_2958: nop
label_number_2959: nop
label_number_2960: nop
label_number_2961: nop
label_number_2962: nop
label_number_2963: nop
label_number_2964: nop
label_number_2965: nop
label_number_2966: nop
label_number_2967: nop
label_number_2968: nop
label_number_2969: nop
label_number_2970: nop
label_number_2971: nop
label_number_2972: nop
label_number_2973: nop
label_number_2974: nop
label_number_2975: nop
label_number_2976: nop
label_number_2977: nop
label_number_2978: nop
label_number_2979: nop
label_number_2980: nop
label_number_2981: nop
label_number_2982: nop
label_number_2983: nop
label_number_2984: nop
label_number_2985: nop
label_number_2986: nop
label_number_2987: nop
label_number_2988: nop
label_number_2989: nop
label_number_2990: nop
label_number_2991: nop
label_number_2992: nop
label_number_2993: nop
label_number_2994: nop
label_number_2995: nop
label_number_2996: nop
label_number_2997: nop
label_number_2998: nop
label_number_2999: nop
label_number_3000: nop
label_number_3001: nop
label_number_3002: nop
label_number_3003: nop
label_number_3004: nop
label_number_3005: nop
label_number_3006: nop
label_number_3007: nop
label_number_3008: nop
label_number_3009: nop
label_number_3010: nop
label_number_3011: nop
label_number_3012: nop
label_number_3013: nop
label_number_3014: nop
label_number_3015: nop
label_number_3016: nop
label_number_3017: nop
label_number_3018: nop
label_number_3019: nop
label_number_3020: nop
label_number_3021: nop
label_number_3022: nop
label_number_3023: nop
label_number_3024: nop
label_number_3025: nop
label_number_3026: nop
label_number_3027: nop
label_number_3028: nop
label_number_3029: nop
label_number_3030: nop
label_number_3031: nop
label_number_3032: nop
label_number_3033: nop
label_number_3034: nop
label_number_3035: nop
label_number_3036: nop
label_number_3037: nop
label_number_3038: nop
label_number_3039: nop
label_number_3040: nop
label_number_3041: nop
label_number_3042: nop
label_number_3043: nop
label_number_3044: nop
label_number_3045: nop
label_number_3046: nop
label_number_3047: nop
label_number_3048: nop
label_number_3049: nop
label_number_3050: nop
label_number_3051: nop
label_number_3052: nop
label_number_3053: nop
label_number_3054: nop
label_number_3055: nop
label_number_3056: nop
label_number_3057: nop
label_number_3058: nop
label_number_3059: nop
label_number_3060: nop
label_number_3061: nop
label_number_3062: nop
label_number_3063: nop
label_number_3064: nop
label_number_3065: nop
label_number_3066: nop
label_number_3067: nop
label_number_3068: nop
label_number_3069: nop
label_number_3070: nop
label_number_3071: nop
label_number_3072: nop
label_number_3073: nop
label_number_3074: nop
label_number_3075: nop
label_number_3076: nop
label_number_3077: nop
label_number_3078: nop
label_number_3079: nop
label_number_3080: nop
label_number_3081: nop
label_number_3082: nop
label_number_3083: nop
label_number_3084: nop
label_number_3085: nop
label_number_3086: nop
label_number_3087: nop
label_number_3088: nop
label_number_3089: nop
label_number_3090: nop
label_number_3091: nop
label_number_3092: nop
label_number_3093: nop
label_number_3094: nop
label_number_3095: nop
label_number_3096: nop
label_number_3097: nop
label_number_3098: nop
label_number_3099: nop
label_number_3100: nop
label_number_3101: nop
label_number_3102: nop
label_number_3103: nop
label_number_3104: nop
label_number_3105: nop
label_number_3106: nop
label_number_3107: nop
label_number_3108: nop
label_number_3109: nop
label_number_3110: nop
label_number_3111: nop
label_number_3112: nop
label_number_3113: nop
label_number_3114: nop
label_number_3115: nop
label_number_3116: nop
label_number_3117: nop
label_number_3118: nop
label_number_3119: nop
label_number_3120: nop
label_number_3121: nop
label_number_3122: nop
label_number_3123: nop
label_number_3124: nop
label_number_3125: nop
label_number_3126: nop
label_number_3127: nop
label_number_3128: nop
label_number_3129: nop
label_number_3130: nop
label_number_3131: nop
label_number_3132: nop
label_number_3133: nop
label_number_3134: nop
label_number_3135: nop
label_number_3136: nop
label_number_3137: nop
label_number_3138: nop
label_number_3139: nop
label_number_3140: nop
label_number_3141: nop
label_number_3142: nop
label_number_3143: nop
label_number_3144: nop
label_number_3145: nop
label_number_3146: nop
label_number_3147: nop
label_number_3148: nop
label_number_3149: nop
label_number_3150: nop
label_number_3151: nop
label_number_3152: nop
label_number_3153: nop
label_number_3154: nop
label_number_3155: nop
label_number_3156: nop
label_number_3157: nop
label_number_3158: nop
label_number_3159: nop
label_number_3160: nop
label_number_3161: nop
label_number_3162: nop
label_number_3163: nop
label_number_3164: nop
label_number_3165: nop
label_number_3166: nop
label_number_3167: nop
label_number_3168: nop
label_number_3169: nop
label_number_3170: nop
label_number_3171: nop
label_number_3172: nop
label_number_3173: nop
label_number_3174: nop
label_number_3175: nop
label_number_3176: nop
label_number_3177: nop
label_number_3178: nop
label_number_3179: nop
label_number_3180: nop
label_number_3181: nop
label_number_3182: nop
label_number_3183: nop
label_number_3184: nop
label_number_3185: nop
label_number_3186: nop
label_number_3187: nop
label_number_3188: nop
label_number_3189: nop
label_number_3190: nop
label_number_3191: nop
label_number_3192: nop
label_number_3193: nop
label_number_3194: nop
label_number_3195: nop
label_number_3196: nop
label_number_3197: nop
label_number_3198: nop
label_number_3199: nop
label_number_3200: nop
label_number_3201: nop
label_number_3202: nop
label_number_3203: nop
label_number_3204: nop
label_number_3205: nop
label_number_3206: nop
label_number_3207: nop
label_number_3208: nop
label_number_3209: nop
label_number_3210: nop
label_number_3211: nop
label_number_3212: nop
label_number_3213: nop
label_number_3214: nop
label_number_3215: nop
label_number_3216: nop
label_number_3217: nop
label_number_3218: nop
label_number_3219: nop
label_number_3220: nop
label_number_3221: nop
label_number_3222: nop
label_number_3223: nop
label_number_3224: nop
label_number_3225: nop
label_number_3226: nop
label_number_3227: nop
label_number_3228: nop
label_number_3229: nop
label_number_3230: nop
label_number_3231: nop
label_number_3232: nop
label_number_3233: nop
label_number_3234: nop
label_number_3235: nop
label_number_3236: nop
label_number_3237: nop
label_number_3238: nop
label_number_3239: nop
label_number_3240: nop
label_number_3241: nop
label_number_3242: nop
label_number_3243: nop
label_number_3244: nop
label_number_3245: nop
label_number_3246: nop
label_number_3247: nop
label_number_3248: nop
label_number_3249: nop
label_number_3250: nop
label_number_3251: nop
label_number_3252: nop
label_number_3253: nop
label_number_3254: nop
label_number_3255: nop
label_number_3256: nop
label_number_3257: nop
label_number_3258: nop
label_number_3259: nop
label_number_3260: nop
label_number_3261: nop
label_number_3262: nop
label_number_3263: nop
label_number_3264: nop
label_number_3265: nop
label_number_3266: nop
label_number_3267: nop
label_number_3268: nop
label_number_3269: nop
label_number_3270: nop
label_number_3271: nop
label_number_3272: nop
label_number_3273: nop
label_number_3274: nop
label_number_3275: nop
label_number_3276: nop
label_number_3277: nop
label_number_3278: nop
label_number_3279: nop
label_number_3280: nop
label_number_3281: nop
label_number_3282: nop
label_number_3283: nop
label_number_3284: nop
label_number_3285: nop
label_number_3286: nop
label_number_3287: nop
label_number_3288: nop
label_number_3289: nop
label_number_3290: nop
label_number_3291: nop
label_number_3292: nop
label_number_3293: nop
label_number_3294: nop
label_number_3295: nop
label_number_3296: nop
label_number_3297: nop
label_number_3298: nop
label_number_3299: nop
label_number_3300: nop
label_number_3301: nop
label_number_3302: nop
label_number_3303: nop
label_number_3304: nop
label_number_3305: nop
label_number_3306: nop
label_number_3307: nop
label_number_3308: nop
label_number_3309: nop
label_number_3310: nop
label_number_3311: nop
label_number_3312: nop
label_number_3313: nop
label_number_3314: nop
label_number_3315: nop
label_number_3316: nop
label_number_3317: nop
label_number_3318: nop
label_number_3319: nop
label_number_3320: nop
label_number_3321: nop
label_number_3322: nop
label_number_3323: nop
label_number_3324: nop
label_number_3325: nop
label_number_3326: nop
label_number_3327: nop
label_number_3328: nop
label_number_3329: nop
label_number_3330: nop
label_number_3331: nop
label_number_3332: nop
label_number_3333: nop
label_number_3334: nop
label_number_3335: nop
label_number_3336: nop
label_number_3337: nop
label_number_3338: nop
label_number_3339: nop
label_number_3340: nop
label_number_3341: nop
label_number_3342: nop
label_number_3343: nop
label_number_3344: nop
label_number_3345: nop
label_number_3346: nop
label_number_3347: nop
label_number_3348: nop
label_number_3349: nop
label_number_3350: nop
label_number_3351: nop
label_number_3352: nop
label_number_3353: nop
label_number_3354: nop
label_number_3355: nop
label_number_3356: nop
label_number_3357: nop
label_number_3358: nop
label_number_3359: nop
label_number_3360: nop
label_number_3361: nop
label_number_3362: nop
label_number_3363: nop
label_number_3364: nop
label_number_3365: nop
label_number_3366: nop
label_number_3367: nop
label_number_3368: nop
label_number_3369: nop
label_number_3370: nop
label_number_3371: nop
label_number_3372: nop
label_number_3373: nop
label_number_3374: nop
label_number_3375: nop
label_number_3376: nop
label_number_3377: nop
label_number_3378: nop
label_number_3379: nop
label_number_3380: nop
label_number_3381: nop
label_number_3382: nop
label_number_3383: nop
label_number_3384: nop
label_number_3385: nop
label_number_3386: nop
label_number_3387: nop
label_number_3388: nop
label_number_3389: nop
label_number_3390: nop
label_number_3391: nop
label_number_3392: nop
label_number_3393: nop
label_number_3394: nop
label_number_3395: nop
label_number_3396: nop
label_number_3397: nop
label_number_3398: nop
label_number_3399: nop
label_number_3400: nop
label_number_3401: nop
label_number_3402: nop
label_number_3403: nop
label_number_3404: nop
label_number_3405: nop
label_number_3406: nop
label_number_3407: nop
label_number_3408: nop
label_number_3409: nop
label_number_3410: nop
label_number_3411: nop
label_number_3412: nop
label_number_3413: nop
label_number_3414: nop
label_number_3415: nop
label_number_3416: nop
label_number_3417: nop
label_number_3418: nop
label_number_3419: nop
label_number_3420: nop
label_number_3421: nop
label_number_3422: nop
label_number_3423: nop
label_number_3424: nop
label_number_3425: nop
label_number_3426: nop
label_number_3427: nop
label_number_3428: nop
label_number_3429: nop
label_number_3430: nop
label_number_3431: nop
label_number_3432: nop
label_number_3433: nop
label_number_3434: nop
label_number_3435: nop
label_number_3436: nop
label_number_3437: nop
label_number_3438: nop
label_number_3439: nop
label_number_3440: nop
label_number_3441: nop
label_number_3442: nop
label_number_3443: nop
label_number_3444: nop
label_number_3445: nop
label_number_3446: nop
label_number_3447: nop
label_number_3448: nop
label_number_3449: nop
label_number_3450: nop
label_number_3451: nop
label_number_3452: nop
label_number_3453: nop
label_number_3454: nop
label_number_3455: nop
label_number_3456: nop
label_number_3457: nop
label_number_3458: nop
label_number_3459: nop
label_number_3460: nop
label_number_3461: nop
label_number_3462: nop
label_number_3463: nop
label_number_3464: nop
label_number_3465: nop
label_number_3466: nop
label_number_3467: nop
label_number_3468: nop
label_number_3469: nop
label_number_3470: nop
label_number_3471: nop
label_number_3472: nop
label_number_3473: nop
label_number_3474: nop
label_number_3475: nop
label_number_3476: nop
label_number_3477: nop
label_number_3478: nop
label_number_3479: nop
label_number_3480: nop
label_number_3481: nop
label_number_3482: nop
label_number_3483: nop
label_number_3484: nop
label_number_3485: nop
label_number_3486: nop
label_number_3487: nop
label_number_3488: nop
label_number_3489: nop
label_number_3490: nop
label_number_3491: nop
label_number_3492: nop
label_number_3493: nop
label_number_3494: nop
label_number_3495: nop
label_number_3496: nop
label_number_3497: nop
label_number_3498: nop
label_number_3499: nop
label_number_3500: nop
label_number_3501: nop
label_number_3502: nop
label_number_3503: nop
label_number_3504: nop
label_number_3505: nop
label_number_3506: nop
label_number_3507: nop
label_number_3508: nop
label_number_3509: nop
label_number_3510: nop
label_number_3511: nop
label_number_3512: nop
label_number_3513: nop
label_number_3514: nop
label_number_3515: nop
label_number_3516: nop
label_number_3517: nop
label_number_3518: nop
label_number_3519: nop
label_number_3520: nop
label_number_3521: nop
label_number_3522: nop
label_number_3523: nop
label_number_3524: nop
label_number_3525: nop
label_number_3526: nop
label_number_3527: nop
label_number_3528: nop
label_number_3529: nop
label_number_3530: nop
label_number_3531: nop
label_number_3532: nop
label_number_3533: nop
label_number_3534: nop
label_number_3535: nop
label_number_3536: nop
label_number_3537: nop
label_number_3538: nop
label_number_3539: nop
label_number_3540: nop
label_number_3541: nop
label_number_3542: nop
label_number_3543: nop
label_number_3544: nop
label_number_3545: nop
label_number_3546: nop
label_number_3547: nop
label_number_3548: nop
label_number_3549: nop
label_number_3550: nop
label_number_3551: nop
label_number_3552: nop
label_number_3553: nop
label_number_3554: nop
label_number_3555: nop
label_number_3556: nop
label_number_3557: nop
label_number_3558: nop
label_number_3559: nop
label_number_3560: nop
label_number_3561: nop
label_number_3562: nop
label_number_3563: nop
label_number_3564: nop
label_number_3565: nop
label_number_3566: nop
label_number_3567: nop
label_number_3568: nop
label_number_3569: nop
label_number_3570: nop
label_number_3571: nop
label_number_3572: nop
label_number_3573: nop
label_number_3574: nop
label_number_3575: nop
label_number_3576: nop
label_number_3577: nop
label_number_3578: nop
label_number_3579: nop
label_number_3580: nop
label_number_3581: nop
label_number_3582: nop
label_number_3583: nop
label_number_3584: nop
label_number_3585: nop
label_number_3586: nop
label_number_3587: nop
label_number_3588: nop
label_number_3589: nop
label_number_3590: nop
label_number_3591: nop
label_number_3592: nop
label_number_3593: nop
label_number_3594: nop
label_number_3595: nop
label_number_3596: nop
label_number_3597: nop
label_number_3598: nop
label_number_3599: nop
label_number_3600: nop
label_number_3601: nop
label_number_3602: nop
label_number_3603: nop
label_number_3604: nop
label_number_3605: nop
label_number_3606: nop
label_number_3607: nop
label_number_3608: nop
label_number_3609: nop
label_number_3610: nop
label_number_3611: nop
label_number_3612: nop
label_number_3613: nop
label_number_3614: nop
label_number_3615: nop
label_number_3616: nop
label_number_3617: nop
label_number_3618: nop
label_number_3619: nop
label_number_3620: nop
label_number_3621: nop
label_number_3622: nop
label_number_3623: nop
label_number_3624: nop
label_number_3625: nop
label_number_3626: nop
label_number_3627: nop
label_number_3628: nop
label_number_3629: nop
label_number_3630: nop
label_number_3631: nop
label_number_3632: nop
label_number_3633: nop
label_number_3634: nop
label_number_3635: nop
label_number_3636: nop
label_number_3637: nop
label_number_3638: nop
label_number_3639: nop
label_number_3640: nop
label_number_3641: nop
label_number_3642: nop
label_number_3643: nop
label_number_3644: nop
label_number_3645: nop
label_number_3646: nop
label_number_3647: nop
label_number_3648: nop
label_number_3649: nop
label_number_3650: nop
label_number_3651: nop
label_number_3652: nop
label_number_3653: nop
label_number_3654: nop
label_number_3655: nop
label_number_3656: nop
label_number_3657: nop
label_number_3658: nop
label_number_3659: nop
label_number_3660: nop
label_number_3661: nop
label_number_3662: nop
label_number_3663: nop
label_number_3664: nop
label_number_3665: nop
label_number_3666: nop
label_number_3667: nop
label_number_3668: nop
label_number_3669: nop
label_number_3670: nop
label_number_3671: nop
label_number_3672: nop
label_number_3673: nop
label_number_3674: nop
label_number_3675: nop
label_number_3676: nop
label_number_3677: nop
label_number_3678: nop
label_number_3679: nop
label_number_3680: nop
label_number_3681: nop
label_number_3682: nop
label_number_3683: nop
label_number_3684: nop
label_number_3685: nop
label_number_3686: nop
label_number_3687: nop
label_number_3688: nop
label_number_3689: nop
label_number_3690: nop
label_number_3691: nop
label_number_3692: nop
label_number_3693: nop
label_number_3694: nop
label_number_3695: nop
label_number_3696: nop
label_number_3697: nop
label_number_3698: nop
label_number_3699: nop
label_number_3700: nop
label_number_3701: nop
label_number_3702: nop
label_number_3703: nop
label_number_3704: nop
label_number_3705: nop
label_number_3706: nop
label_number_3707: nop
label_number_3708: nop
label_number_3709: nop
label_number_3710: nop
label_number_3711: nop
label_number_3712: nop
label_number_3713: nop
label_number_3714: nop
label_number_3715: nop
label_number_3716: nop
label_number_3717: nop
label_number_3718: nop
label_number_3719: nop
label_number_3720: nop
label_number_3721: nop
label_number_3722: nop
label_number_3723: nop
label_number_3724: nop
label_number_3725: nop
label_number_3726: nop
label_number_3727: nop
label_number_3728: nop
label_number_3729: nop
label_number_3730: nop
label_number_3731: nop
label_number_3732: nop
label_number_3733: nop
label_number_3734: nop
label_number_3735: nop
label_number_3736: nop
label_number_3737: nop
label_number_3738: nop
label_number_3739: nop
label_number_3740: nop
label_number_3741: nop
label_number_3742: nop
label_number_3743: nop
label_number_3744: nop
label_number_3745: nop
label_number_3746: nop
label_number_3747: nop
label_number_3748: nop
label_number_3749: nop
label_number_3750: nop
label_number_3751: nop
label_number_3752: nop
label_number_3753: nop
label_number_3754: nop
label_number_3755: nop
label_number_3756: nop
label_number_3757: nop
label_number_3758: nop
label_number_3759: nop
label_number_3760: nop
label_number_3761: nop
label_number_3762: nop
label_number_3763: nop
label_number_3764: nop
label_number_3765: nop
label_number_3766: nop
label_number_3767: nop
label_number_3768: nop
label_number_3769: nop
label_number_3770: nop
label_number_3771: nop
label_number_3772: nop
label_number_3773: nop
label_number_3774: nop
label_number_3775: nop
label_number_3776: nop
label_number_3777: nop
label_number_3778: nop
label_number_3779: nop
label_number_3780: nop
label_number_3781: nop
label_number_3782: nop
label_number_3783: nop
label_number_3784: nop
label_number_3785: nop
label_number_3786: nop
label_number_3787: nop
label_number_3788: nop
label_number_3789: nop
label_number_3790: nop
label_number_3791: nop
label_number_3792: nop
label_number_3793: nop
label_number_3794: nop
label_number_3795: nop
label_number_3796: nop
label_number_3797: nop
label_number_3798: nop
label_number_3799: nop
label_number_3800: nop
label_number_3801: nop
label_number_3802: nop
label_number_3803: nop
label_number_3804: nop
label_number_3805: nop
label_number_3806: nop
label_number_3807: nop
label_number_3808: nop
label_number_3809: nop
label_number_3810: nop
label_number_3811: nop
label_number_3812: nop
label_number_3813: nop
label_number_3814: nop
label_number_3815: nop
label_number_3816: nop
label_number_3817: nop
label_number_3818: nop
label_number_3819: nop
label_number_3820: nop
label_number_3821: nop
label_number_3822: nop
label_number_3823: nop
label_number_3824: nop
label_number_3825: nop
label_number_3826: nop
label_number_3827: nop
label_number_3828: nop
label_number_3829: nop
label_number_3830: nop
label_number_3831: nop
label_number_3832: nop
label_number_3833: nop
label_number_3834: nop
label_number_3835: nop
label_number_3836: nop
label_number_3837: nop
label_number_3838: nop
label_number_3839: nop
label_number_3840: nop
label_number_3841: nop
label_number_3842: nop
label_number_3843: nop
label_number_3844: nop
label_number_3845: nop
label_number_3846: nop
label_number_3847: nop
label_number_3848: nop
label_number_3849: nop
label_number_3850: nop
label_number_3851: nop
label_number_3852: nop
label_number_3853: nop
label_number_3854: nop
label_number_3855: nop
label_number_3856: nop
label_number_3857: nop
label_number_3858: nop
label_number_3859: nop
label_number_3860: nop
label_number_3861: nop
label_number_3862: nop
label_number_3863: nop
label_number_3864: nop
label_number_3865: nop
label_number_3866: nop
label_number_3867: nop
label_number_3868: nop
label_number_3869: nop
label_number_3870: nop
label_number_3871: nop
label_number_3872: nop
label_number_3873: nop
label_number_3874: nop
label_number_3875: nop
label_number_3876: nop
label_number_3877: nop
label_number_3878: nop
label_number_3879: nop
label_number_3880: nop
label_number_3881: nop
label_number_3882: nop
label_number_3883: nop
label_number_3884: nop
label_number_3885: nop
label_number_3886: nop
label_number_3887: nop
label_number_3888: nop
label_number_3889: nop
label_number_3890: nop
label_number_3891: nop
label_number_3892: nop
label_number_3893: nop
label_number_3894: nop
label_number_3895: nop
label_number_3896: nop
label_number_3897: nop
label_number_3898: nop
label_number_3899: nop
label_number_3900: nop
label_number_3901: nop
label_number_3902: nop
label_number_3903: nop
label_number_3904: nop
label_number_3905: nop
label_number_3906: nop
label_number_3907: nop
label_number_3908: nop
label_number_3909: nop
label_number_3910: nop
label_number_3911: nop
label_number_3912: nop
label_number_3913: nop
label_number_3914: nop
label_number_3915: nop
label_number_3916: nop
label_number_3917: nop
label_number_3918: nop
label_number_3919: nop
label_number_3920: nop
label_number_3921: nop
label_number_3922: nop
label_number_3923: nop
label_number_3924: nop
label_number_3925: nop
label_number_3926: nop
label_number_3927: nop
label_number_3928: nop
label_number_3929: nop
label_number_3930: nop
label_number_3931: nop
label_number_3932: nop
label_number_3933: nop
label_number_3934: nop
label_number_3935: nop
label_number_3936: nop
label_number_3937: nop
label_number_3938: nop
label_number_3939: nop
label_number_3940: nop
label_number_3941: nop
label_number_3942: nop
label_number_3943: nop
label_number_3944: nop
label_number_3945: nop
label_number_3946: nop
label_number_3947: nop
label_number_3948: nop
label_number_3949: nop
label_number_3950: nop
label_number_3951: nop
label_number_3952: nop
label_number_3953: nop
label_number_3954: nop
label_number_3955: nop
label_number_3956: nop
label_number_3957: nop
label_number_3958: nop
label_number_3959: nop
label_number_3960: nop
label_number_3961: nop
label_number_3962: nop
label_number_3963: nop
label_number_3964: nop
label_number_3965: nop
label_number_3966: nop
label_number_3967: nop
label_number_3968: nop
label_number_3969: nop
label_number_3970: nop
label_number_3971: nop
label_number_3972: nop
label_number_3973: nop
label_number_3974: nop
label_number_3975: nop
label_number_3976: nop
label_number_3977: nop
label_number_3978: nop
label_number_3979: nop
label_number_3980: nop
label_number_3981: nop
label_number_3982: nop
label_number_3983: nop
label_number_3984: nop
label_number_3985: nop
label_number_3986: nop
label_number_3987: nop
label_number_3988: nop
label_number_3989: nop
label_number_3990: nop
label_number_3991: nop
label_number_3992: nop
label_number_3993: nop
label_number_3994: nop
label_number_3995: nop
label_number_3996: nop
label_number_3997: nop
label_number_3998: nop
label_number_3999: nop
 li r1, undefined_thing_0
 li r1, undefined_thing_1
 li r1, undefined_thing_2
 li r1, undefined_thing_3
 li r1, undefined_thing_4
 li r1, undefined_thing_5
 li r1, undefined_thing_6
 li r1, undefined_thing_7
 li r1, undefined_thing_8
 li r1, undefined_thing_9
 li r1, undefined_thing_10
 li r1, undefined_thing_11
 li r1, undefined_thing_12
 li r1, undefined_thing_13
 li r1, undefined_thing_14
 li r1, undefined_thing_15
 li r1, undefined_thing_16
 li r1, undefined_thing_17
 li r1, undefined_thing_18
 li r1, undefined_thing_19
 li r1, undefined_thing_20
 li r1, undefined_thing_21
 li r1, undefined_thing_22
 li r1, undefined_thing_23
 li r1, undefined_thing_24
 li r1, undefined_thing_25
 li r1, undefined_thing_26
 li r1, undefined_thing_27
 li r1, undefined_thing_28
 li r1, undefined_thing_29
 li r1, undefined_thing_30
 li r1, undefined_thing_31
 li r1, undefined_thing_32
 li r1, undefined_thing_33
 li r1, undefined_thing_34
 li r1, undefined_thing_35
 li r1, undefined_thing_36
 li r1, undefined_thing_37
 li r1, undefined_thing_38
 li r1, undefined_thing_39
 li r1, undefined_thing_40
 li r1, undefined_thing_41
 li r1, undefined_thing_42
 li r1, undefined_thing_43
 li r1, undefined_thing_44
 li r1, undefined_thing_45
 li r1, undefined_thing_46
 li r1, undefined_thing_47
 li r1, undefined_thing_48
 li r1, undefined_thing_49
 li r1, undefined_thing_50
 li r1, undefined_thing_51
 li r1, undefined_thing_52
 li r1, undefined_thing_53
 li r1, undefined_thing_54
 li r1, undefined_thing_55
 li r1, undefined_thing_56
 li r1, undefined_thing_57
 li r1, undefined_thing_58
 li r1, undefined_thing_59
 li r1, undefined_thing_60
 li r1, undefined_thing_61
 li r1, undefined_thing_62
 li r1, undefined_thing_63
 li r1, undefined_thing_64
 li r1, undefined_thing_65
 li r1, undefined_thing_66
 li r1, undefined_thing_67
 li r1, undefined_thing_68
 li r1, undefined_thing_69
 li r1, undefined_thing_70
 li r1, undefined_thing_71
 li r1, undefined_thing_72
 li r1, undefined_thing_73
 li r1, undefined_thing_74
 li r1, undefined_thing_75
 li r1, undefined_thing_76
 li r1, undefined_thing_77
 li r1, undefined_thing_78
 li r1, undefined_thing_79
 li r1, undefined_thing_80
 li r1, undefined_thing_81
 li r1, undefined_thing_82
 li r1, undefined_thing_83
 li r1, undefined_thing_84
 li r1, undefined_thing_85
 li r1, undefined_thing_86
 li r1, undefined_thing_87
 li r1, undefined_thing_88
 li r1, undefined_thing_89
 li r1, undefined_thing_90
 li r1, undefined_thing_91
 li r1, undefined_thing_92
 li r1, undefined_thing_93
 li r1, undefined_thing_94
 li r1, undefined_thing_95
 li r1, undefined_thing_96
 li r1, undefined_thing_97
 li r1, undefined_thing_98
 li r1, undefined_thing_99
 li r1, undefined_thing_100
 li r1, undefined_thing_101
 li r1, undefined_thing_102
 li r1, undefined_thing_103
 li r1, undefined_thing_104
 li r1, undefined_thing_105
 li r1, undefined_thing_106
 li r1, undefined_thing_107
 li r1, undefined_thing_108
 li r1, undefined_thing_109
 li r1, undefined_thing_110
 li r1, undefined_thing_111
 li r1, undefined_thing_112
 li r1, undefined_thing_113
 li r1, undefined_thing_114
 li r1, undefined_thing_115
 li r1, undefined_thing_116
 li r1, undefined_thing_117
 li r1, undefined_thing_118
 li r1, undefined_thing_119
 li r1, undefined_thing_120
 li r1, undefined_thing_121
 li r1, undefined_thing_122
 li r1, undefined_thing_123
 li r1, undefined_thing_124
 li r1, undefined_thing_125
 li r1, undefined_thing_126
 li r1, undefined_thing_127
 li r1, undefined_thing_128
 li r1, undefined_thing_129
 li r1, undefined_thing_130
 li r1, undefined_thing_131
 li r1, undefined_thing_132
 li r1, undefined_thing_133
 li r1, undefined_thing_134
 li r1, undefined_thing_135
 li r1, undefined_thing_136
 li r1, undefined_thing_137
 li r1, undefined_thing_138
 li r1, undefined_thing_139
 li r1, undefined_thing_140
 li r1, undefined_thing_141
 li r1, undefined_thing_142
 li r1, undefined_thing_143
 li r1, undefined_thing_144
 li r1, undefined_thing_145
 li r1, undefined_thing_146
 li r1, undefined_thing_147
 li r1, undefined_thing_148
 li r1, undefined_thing_149
 li r1, undefined_thing_150
 li r1, undefined_thing_151
 li r1, undefined_thing_152
 li r1, undefined_thing_153
 li r1, undefined_thing_154
 li r1, undefined_thing_155
 li r1, undefined_thing_156
 li r1, undefined_thing_157
 li r1, undefined_thing_158
 li r1, undefined_thing_159
 li r1, undefined_thing_160
 li r1, undefined_thing_161
 li r1, undefined_thing_162
 li r1, undefined_thing_163
 li r1, undefined_thing_164
 li r1, undefined_thing_165
 li r1, undefined_thing_166
 li r1, undefined_thing_167
 li r1, undefined_thing_168
 li r1, undefined_thing_169
 li r1, undefined_thing_170
 li r1, undefined_thing_171
 li r1, undefined_thing_172
 li r1, undefined_thing_173
 li r1, undefined_thing_174
 li r1, undefined_thing_175
 li r1, undefined_thing_176
 li r1, undefined_thing_177
 li r1, undefined_thing_178
 li r1, undefined_thing_179
 li r1, undefined_thing_180
 li r1, undefined_thing_181
 li r1, undefined_thing_182
 li r1, undefined_thing_183
 li r1, undefined_thing_184
 li r1, undefined_thing_185
 li r1, undefined_thing_186
 li r1, undefined_thing_187
 li r1, undefined_thing_188
 li r1, undefined_thing_189
 li r1, undefined_thing_190
 li r1, undefined_thing_191
 li r1, undefined_thing_192
 li r1, undefined_thing_193
 li r1, undefined_thing_194
 li r1, undefined_thing_195
 li r1, undefined_thing_196
 li r1, undefined_thing_197
 li r1, undefined_thing_198
 li r1, undefined_thing_199
 li r1, undefined_thing_200
 li r1, undefined_thing_201
 li r1, undefined_thing_202
 li r1, undefined_thing_203
 li r1, undefined_thing_204
 li r1, undefined_thing_205
 li r1, undefined_thing_206
 li r1, undefined_thing_207
 li r1, undefined_thing_208
 li r1, undefined_thing_209
 li r1, undefined_thing_210
 li r1, undefined_thing_211
 li r1, undefined_thing_212
 li r1, undefined_thing_213
 li r1, undefined_thing_214
 li r1, undefined_thing_215
 li r1, undefined_thing_216
 li r1, undefined_thing_217
 li r1, undefined_thing_218
 li r1, undefined_thing_219
 li r1, undefined_thing_220
 li r1, undefined_thing_221
 li r1, undefined_thing_222
 li r1, undefined_thing_223
 li r1, undefined_thing_224
 li r1, undefined_thing_225
 li r1, undefined_thing_226
 li r1, undefined_thing_227
 li r1, undefined_thing_228
 li r1, undefined_thing_229
 li r1, undefined_thing_230
 li r1, undefined_thing_231
 li r1, undefined_thing_232
 li r1, undefined_thing_233
 li r1, undefined_thing_234
 li r1, undefined_thing_235
 li r1, undefined_thing_236
 li r1, undefined_thing_237
 li r1, undefined_thing_238
 li r1, undefined_thing_239
 li r1, undefined_thing_240
 li r1, undefined_thing_241
 li r1, undefined_thing_242
 li r1, undefined_thing_243
 li r1, undefined_thing_244
 li r1, undefined_thing_245
 li r1, undefined_thing_246
 li r1, undefined_thing_247
 li r1, undefined_thing_248
 li r1, undefined_thing_249
 li r1, undefined_thing_250
 li r1, undefined_thing_251
 li r1, undefined_thing_252
 li r1, undefined_thing_253
 li r1, undefined_thing_254
 li r1, undefined_thing_255
 li r1, undefined_thing_256
 li r1, undefined_thing_257
 li r1, undefined_thing_258
 li r1, undefined_thing_259
 li r1, undefined_thing_260
 li r1, undefined_thing_261
 li r1, undefined_thing_262
 li r1, undefined_thing_263
 li r1, undefined_thing_264
 li r1, undefined_thing_265
 li r1, undefined_thing_266
 li r1, undefined_thing_267
 li r1, undefined_thing_268
 li r1, undefined_thing_269
 li r1, undefined_thing_270
 li r1, undefined_thing_271
 li r1, undefined_thing_272
 li r1, undefined_thing_273
 li r1, undefined_thing_274
 li r1, undefined_thing_275
 li r1, undefined_thing_276
 li r1, undefined_thing_277
 li r1, undefined_thing_278
 li r1, undefined_thing_279
 li r1, undefined_thing_280
 li r1, undefined_thing_281
 li r1, undefined_thing_282
 li r1, undefined_thing_283
 li r1, undefined_thing_284
 li r1, undefined_thing_285
 li r1, undefined_thing_286
 li r1, undefined_thing_287
 li r1, undefined_thing_288
 li r1, undefined_thing_289
 li r1, undefined_thing_290
 li r1, undefined_thing_291
 li r1, undefined_thing_292
 li r1, undefined_thing_293
 li r1, undefined_thing_294
 li r1, undefined_thing_295
 li r1, undefined_thing_296
 li r1, undefined_thing_297
 li r1, undefined_thing_298
 li r1, undefined_thing_299
 li r1, undefined_thing_300
 li r1, undefined_thing_301
 li r1, undefined_thing_302
 li r1, undefined_thing_303
 li r1, undefined_thing_304
 li r1, undefined_thing_305
 li r1, undefined_thing_306
 li r1, undefined_thing_307
 li r1, undefined_thing_308
 li r1, undefined_thing_309
 li r1, undefined_thing_310
 li r1, undefined_thing_311
 li r1, undefined_thing_312
 li r1, undefined_thing_313
 li r1, undefined_thing_314
 li r1, undefined_thing_315
 li r1, undefined_thing_316
 li r1, undefined_thing_317
 li r1, undefined_thing_318
 li r1, undefined_thing_319
 li r1, undefined_thing_320
 li r1, undefined_thing_321
 li r1, undefined_thing_322
 li r1, undefined_thing_323
 li r1, undefined_thing_324
 li r1, undefined_thing_325
 li r1, undefined_thing_326
 li r1, undefined_thing_327
 li r1, undefined_thing_328
 li r1, undefined_thing_329
 li r1, undefined_thing_330
 li r1, undefined_thing_331
 li r1, undefined_thing_332
 li r1, undefined_thing_333
 li r1, undefined_thing_334
 li r1, undefined_thing_335
 li r1, undefined_thing_336
 li r1, undefined_thing_337
 li r1, undefined_thing_338
 li r1, undefined_thing_339
 li r1, undefined_thing_340
 li r1, undefined_thing_341
 li r1, undefined_thing_342
 li r1, undefined_thing_343
 li r1, undefined_thing_344
 li r1, undefined_thing_345
 li r1, undefined_thing_346
 li r1, undefined_thing_347
 li r1, undefined_thing_348
 li r1, undefined_thing_349
 li r1, undefined_thing_350
 li r1, undefined_thing_351
 li r1, undefined_thing_352
 li r1, undefined_thing_353
 li r1, undefined_thing_354
 li r1, undefined_thing_355
 li r1, undefined_thing_356
 li r1, undefined_thing_357
 li r1, undefined_thing_358
 li r1, undefined_thing_359
 li r1, undefined_thing_360
 li r1, undefined_thing_361
 li r1, undefined_thing_362
 li r1, undefined_thing_363
 li r1, undefined_thing_364
 li r1, undefined_thing_365
 li r1, undefined_thing_366
 li r1, undefined_thing_367
 li r1, undefined_thing_368
 li r1, undefined_thing_369
 li r1, undefined_thing_370
 li r1, undefined_thing_371
 li r1, undefined_thing_372
 li r1, undefined_thing_373
 li r1, undefined_thing_374
 li r1, undefined_thing_375
 li r1, undefined_thing_376
 li r1, undefined_thing_377
 li r1, undefined_thing_378
 li r1, undefined_thing_379
 li r1, undefined_thing_380
 li r1, undefined_thing_381
 li r1, undefined_thing_382
 li r1, undefined_thing_383
 li r1, undefined_thing_384
 li r1, undefined_thing_385
 li r1, undefined_thing_386
 li r1, undefined_thing_387
 li r1, undefined_thing_388
 li r1, undefined_thing_389
 li r1, undefined_thing_390
 li r1, undefined_thing_391
 li r1, undefined_thing_392
 li r1, undefined_thing_393
 li r1, undefined_thing_394
 li r1, undefined_thing_395
 li r1, undefined_thing_396
 li r1, undefined_thing_397
 li r1, undefined_thing_398
 li r1, undefined_thing_399
 li r1, undefined_thing_400
 li r1, undefined_thing_401
 li r1, undefined_thing_402
 li r1, undefined_thing_403
 li r1, undefined_thing_404
 li r1, undefined_thing_405
 li r1, undefined_thing_406
 li r1, undefined_thing_407
 li r1, undefined_thing_408
 li r1, undefined_thing_409
 li r1, undefined_thing_410
 li r1, undefined_thing_411
 li r1, undefined_thing_412
 li r1, undefined_thing_413
 li r1, undefined_thing_414
 li r1, undefined_thing_415
 li r1, undefined_thing_416
 li r1, undefined_thing_417
 li r1, undefined_thing_418
 li r1, undefined_thing_419
 li r1, undefined_thing_420
 li r1, undefined_thing_421
 li r1, undefined_thing_422
 li r1, undefined_thing_423
 li r1, undefined_thing_424
 li r1, undefined_thing_425
 li r1, undefined_thing_426
 li r1, undefined_thing_427
 li r1, undefined_thing_428
 li r1, undefined_thing_429
 li r1, undefined_thing_430
 li r1, undefined_thing_431
 li r1, undefined_thing_432
 li r1, undefined_thing_433
 li r1, undefined_thing_434
 li r1, undefined_thing_435
 li r1, undefined_thing_436
 li r1, undefined_thing_437
 li r1, undefined_thing_438
 li r1, undefined_thing_439
 li r1, undefined_thing_440
 li r1, undefined_thing_441
 li r1, undefined_thing_442
 li r1, undefined_thing_443
 li r1, undefined_thing_444
 li r1, undefined_thing_445
 li r1, undefined_thing_446
 li r1, undefined_thing_447
 li r1, undefined_thing_448
 li r1, undefined_thing_449
 li r1, undefined_thing_450
 li r1, undefined_thing_451
 li r1, undefined_thing_452
 li r1, undefined_thing_453
 li r1, undefined_thing_454
 li r1, undefined_thing_455
 li r1, undefined_thing_456
 li r1, undefined_thing_457
 li r1, undefined_thing_458
 li r1, undefined_thing_459
 li r1, undefined_thing_460
 li r1, undefined_thing_461
 li r1, undefined_thing_462
 li r1, undefined_thing_463
 li r1, undefined_thing_464
 li r1, undefined_thing_465
 li r1, undefined_thing_466
 li r1, undefined_thing_467
 li r1, undefined_thing_468
 li r1, undefined_thing_469
 li r1, undefined_thing_470
 li r1, undefined_thing_471
 li r1, undefined_thing_472
 li r1, undefined_thing_473
 li r1, undefined_thing_474
 li r1, undefined_thing_475
 li r1, undefined_thing_476
 li r1, undefined_thing_477
 li r1, undefined_thing_478
 li r1, undefined_thing_479
 li r1, undefined_thing_480
 li r1, undefined_thing_481
 li r1, undefined_thing_482
 li r1, undefined_thing_483
 li r1, undefined_thing_484
 li r1, undefined_thing_485
 li r1, undefined_thing_486
 li r1, undefined_thing_487
 li r1, undefined_thing_488
 li r1, undefined_thing_489
 li r1, undefined_thing_490
 li r1, undefined_thing_491
 li r1, undefined_thing_492
 li r1, undefined_thing_493
 li r1, undefined_thing_494
 li r1, undefined_thing_495
 li r1, undefined_thing_496
 li r1, undefined_thing_497
 li r1, undefined_thing_498
 li r1, undefined_thing_499
 li r1, undefined_thing_500
 li r1, undefined_thing_501
 li r1, undefined_thing_502
 li r1, undefined_thing_503
 li r1, undefined_thing_504
 li r1, undefined_thing_505
 li r1, undefined_thing_506
 li r1, undefined_thing_507
 li r1, undefined_thing_508
 li r1, undefined_thing_509
 li r1, undefined_thing_510
 li r1, undefined_thing_511
 li r1, undefined_thing_512
 li r1, undefined_thing_513
 li r1, undefined_thing_514
 li r1, undefined_thing_515
 li r1, undefined_thing_516
 li r1, undefined_thing_517
 li r1, undefined_thing_518
 li r1, undefined_thing_519
 li r1, undefined_thing_520
 li r1, undefined_thing_521
 li r1, undefined_thing_522
 li r1, undefined_thing_523
 li r1, undefined_thing_524
 li r1, undefined_thing_525
 li r1, undefined_thing_526
 li r1, undefined_thing_527
 li r1, undefined_thing_528
 li r1, undefined_thing_529
 li r1, undefined_thing_530
 li r1, undefined_thing_531
 li r1, undefined_thing_532
 li r1, undefined_thing_533
 li r1, undefined_thing_534
 li r1, undefined_thing_535
 li r1, undefined_thing_536
 li r1, undefined_thing_537
 li r1, undefined_thing_538
 li r1, undefined_thing_539
 li r1, undefined_thing_540
 li r1, undefined_thing_541
 li r1, undefined_thing_542
 li r1, undefined_thing_543
 li r1, undefined_thing_544
 li r1, undefined_thing_545
 li r1, undefined_thing_546
 li r1, undefined_thing_547
 li r1, undefined_thing_548
 li r1, undefined_thing_549
 li r1, undefined_thing_550
 li r1, undefined_thing_551
 li r1, undefined_thing_552
 li r1, undefined_thing_553
 li r1, undefined_thing_554
 li r1, undefined_thing_555
 li r1, undefined_thing_556
 li r1, undefined_thing_557
 li r1, undefined_thing_558
 li r1, undefined_thing_559
 li r1, undefined_thing_560
 li r1, undefined_thing_561
 li r1, undefined_thing_562
 li r1, undefined_thing_563
 li r1, undefined_thing_564
 li r1, undefined_thing_565
 li r1, undefined_thing_566
 li r1, undefined_thing_567
 li r1, undefined_thing_568
 li r1, undefined_thing_569
 li r1, undefined_thing_570
 li r1, undefined_thing_571
 li r1, undefined_thing_572
 li r1, undefined_thing_573
 li r1, undefined_thing_574
 li r1, undefined_thing_575
 li r1, undefined_thing_576
 li r1, undefined_thing_577
 li r1, undefined_thing_578
 li r1, undefined_thing_579
 li r1, undefined_thing_580
 li r1, undefined_thing_581
 li r1, undefined_thing_582
 li r1, undefined_thing_583
 li r1, undefined_thing_584
 li r1, undefined_thing_585
 li r1, undefined_thing_586
 li r1, undefined_thing_587
 li r1, undefined_thing_588
 li r1, undefined_thing_589
 li r1, undefined_thing_590
 li r1, undefined_thing_591
 li r1, undefined_thing_592
 li r1, undefined_thing_593
 li r1, undefined_thing_594
 li r1, undefined_thing_595
 li r1, undefined_thing_596
 li r1, undefined_thing_597
 li r1, undefined_thing_598
 li r1, undefined_thing_599
 li r1, undefined_thing_600
 li r1, undefined_thing_601
 li r1, undefined_thing_602
 li r1, undefined_thing_603
 li r1, undefined_thing_604
 li r1, undefined_thing_605
 li r1, undefined_thing_606
 li r1, undefined_thing_607
 li r1, undefined_thing_608
 li r1, undefined_thing_609
 li r1, undefined_thing_610
 li r1, undefined_thing_611
 li r1, undefined_thing_612
 li r1, undefined_thing_613
 li r1, undefined_thing_614
 li r1, undefined_thing_615
 li r1, undefined_thing_616
 li r1, undefined_thing_617
 li r1, undefined_thing_618
 li r1, undefined_thing_619
 li r1, undefined_thing_620
 li r1, undefined_thing_621
 li r1, undefined_thing_622
 li r1, undefined_thing_623
 li r1, undefined_thing_624
 li r1, undefined_thing_625
 li r1, undefined_thing_626
 li r1, undefined_thing_627
 li r1, undefined_thing_628
 li r1, undefined_thing_629
 li r1, undefined_thing_630
 li r1, undefined_thing_631
 li r1, undefined_thing_632
 li r1, undefined_thing_633
 li r1, undefined_thing_634
 li r1, undefined_thing_635
 li r1, undefined_thing_636
 li r1, undefined_thing_637
 li r1, undefined_thing_638
 li r1, undefined_thing_639
 li r1, undefined_thing_640
 li r1, undefined_thing_641
 li r1, undefined_thing_642
 li r1, undefined_thing_643
 li r1, undefined_thing_644
 li r1, undefined_thing_645
 li r1, undefined_thing_646
 li r1, undefined_thing_647
 li r1, undefined_thing_648
 li r1, undefined_thing_649
 li r1, undefined_thing_650
 li r1, undefined_thing_651
 li r1, undefined_thing_652
 li r1, undefined_thing_653
 li r1, undefined_thing_654
 li r1, undefined_thing_655
 li r1, undefined_thing_656
 li r1, undefined_thing_657
 li r1, undefined_thing_658
 li r1, undefined_thing_659
 li r1, undefined_thing_660
 li r1, undefined_thing_661
 li r1, undefined_thing_662
 li r1, undefined_thing_663
 li r1, undefined_thing_664
 li r1, undefined_thing_665
 li r1, undefined_thing_666
 li r1, undefined_thing_667
 li r1, undefined_thing_668
 li r1, undefined_thing_669
 li r1, undefined_thing_670
 li r1, undefined_thing_671
 li r1, undefined_thing_672
 li r1, undefined_thing_673
 li r1, undefined_thing_674
 li r1, undefined_thing_675
 li r1, undefined_thing_676
 li r1, undefined_thing_677
 li r1, undefined_thing_678
 li r1, undefined_thing_679
 li r1, undefined_thing_680
 li r1, undefined_thing_681
 li r1, undefined_thing_682
 li r1, undefined_thing_683
 li r1, undefined_thing_684
 li r1, undefined_thing_685
 li r1, undefined_thing_686
 li r1, undefined_thing_687
 li r1, undefined_thing_688
 li r1, undefined_thing_689
 li r1, undefined_thing_690
 li r1, undefined_thing_691
 li r1, undefined_thing_692
 li r1, undefined_thing_693
 li r1, undefined_thing_694
 li r1, undefined_thing_695
 li r1, undefined_thing_696
 li r1, undefined_thing_697
 li r1, undefined_thing_698
 li r1, undefined_thing_699
 li r1, undefined_thing_700
 li r1, undefined_thing_701
 li r1, undefined_thing_702
 li r1, undefined_thing_703
 li r1, undefined_thing_704
 li r1, undefined_thing_705
 li r1, undefined_thing_706
 li r1, undefined_thing_707
 li r1, undefined_thing_708
 li r1, undefined_thing_709
 li r1, undefined_thing_710
 li r1, undefined_thing_711
 li r1, undefined_thing_712
 li r1, undefined_thing_713
 li r1, undefined_thing_714
 li r1, undefined_thing_715
 li r1, undefined_thing_716
 li r1, undefined_thing_717
 li r1, undefined_thing_718
 li r1, undefined_thing_719
 li r1, undefined_thing_720
 li r1, undefined_thing_721
 li r1, undefined_thing_722
 li r1, undefined_thing_723
 li r1, undefined_thing_724
 li r1, undefined_thing_725
 li r1, undefined_thing_726
 li r1, undefined_thing_727
 li r1, undefined_thing_728
 li r1, undefined_thing_729
 li r1, undefined_thing_730
 li r1, undefined_thing_731
 li r1, undefined_thing_732
 li r1, undefined_thing_733
 li r1, undefined_thing_734
 li r1, undefined_thing_735
 li r1, undefined_thing_736
 li r1, undefined_thing_737
 li r1, undefined_thing_738
 li r1, undefined_thing_739
 li r1, undefined_thing_740
 li r1, undefined_thing_741
 li r1, undefined_thing_742
 li r1, undefined_thing_743
 li r1, undefined_thing_744
 li r1, undefined_thing_745
 li r1, undefined_thing_746
 li r1, undefined_thing_747
 li r1, undefined_thing_748
 li r1, undefined_thing_749
 li r1, undefined_thing_750
 li r1, undefined_thing_751
 li r1, undefined_thing_752
 li r1, undefined_thing_753
 li r1, undefined_thing_754
 li r1, undefined_thing_755
 li r1, undefined_thing_756
 li r1, undefined_thing_757
 li r1, undefined_thing_758
 li r1, undefined_thing_759
 li r1, undefined_thing_760
 li r1, undefined_thing_761
 li r1, undefined_thing_762
 li r1, undefined_thing_763
 li r1, undefined_thing_764
 li r1, undefined_thing_765
 li r1, undefined_thing_766
 li r1, undefined_thing_767
 li r1, undefined_thing_768
 li r1, undefined_thing_769
 li r1, undefined_thing_770
 li r1, undefined_thing_771
 li r1, undefined_thing_772
 li r1, undefined_thing_773
 li r1, undefined_thing_774
 li r1, undefined_thing_775
 li r1, undefined_thing_776
 li r1, undefined_thing_777
 li r1, undefined_thing_778
 li r1, undefined_thing_779
 li r1, undefined_thing_780
 li r1, undefined_thing_781
 li r1, undefined_thing_782
 li r1, undefined_thing_783
 li r1, undefined_thing_784
 li r1, undefined_thing_785
 li r1, undefined_thing_786
 li r1, undefined_thing_787
 li r1, undefined_thing_788
 li r1, undefined_thing_789
 li r1, undefined_thing_790
 li r1, undefined_thing_791
 li r1, undefined_thing_792
 li r1, undefined_thing_793
 li r1, undefined_thing_794
 li r1, undefined_thing_795
 li r1, undefined_thing_796
 li r1, undefined_thing_797
 li r1, undefined_thing_798
 li r1, undefined_thing_799
 li r1, undefined_thing_800
 li r1, undefined_thing_801
 li r1, undefined_thing_802
 li r1, undefined_thing_803
 li r1, undefined_thing_804
 li r1, undefined_thing_805
 li r1, undefined_thing_806
 li r1, undefined_thing_807
 li r1, undefined_thing_808
 li r1, undefined_thing_809
 li r1, undefined_thing_810
 li r1, undefined_thing_811
 li r1, undefined_thing_812
 li r1, undefined_thing_813
 li r1, undefined_thing_814
 li r1, undefined_thing_815
 li r1, undefined_thing_816
 li r1, undefined_thing_817
 li r1, undefined_thing_818
 li r1, undefined_thing_819
 li r1, undefined_thing_820
 li r1, undefined_thing_821
 li r1, undefined_thing_822
 li r1, undefined_thing_823
 li r1, undefined_thing_824
 li r1, undefined_thing_825
 li r1, undefined_thing_826
 li r1, undefined_thing_827
 li r1, undefined_thing_828
 li r1, undefined_thing_829
 li r1, undefined_thing_830
 li r1, undefined_thing_831
 li r1, undefined_thing_832
 li r1, undefined_thing_833
 li r1, undefined_thing_834
 li r1, undefined_thing_835
 li r1, undefined_thing_836
 li r1, undefined_thing_837
 li r1, undefined_thing_838
 li r1, undefined_thing_839
 li r1, undefined_thing_840
 li r1, undefined_thing_841
 li r1, undefined_thing_842
 li r1, undefined_thing_843
 li r1, undefined_thing_844
 li r1, undefined_thing_845
 li r1, undefined_thing_846
 li r1, undefined_thing_847
 li r1, undefined_thing_848
 li r1, undefined_thing_849
 li r1, undefined_thing_850
 li r1, undefined_thing_851
 li r1, undefined_thing_852
 li r1, undefined_thing_853
 li r1, undefined_thing_854
 li r1, undefined_thing_855
 li r1, undefined_thing_856
 li r1, undefined_thing_857
 li r1, undefined_thing_858
 li r1, undefined_thing_859
 li r1, undefined_thing_860
 li r1, undefined_thing_861
 li r1, undefined_thing_862
 li r1, undefined_thing_863
 li r1, undefined_thing_864
 li r1, undefined_thing_865
 li r1, undefined_thing_866
 li r1, undefined_thing_867
 li r1, undefined_thing_868
 li r1, undefined_thing_869
 li r1, undefined_thing_870
 li r1, undefined_thing_871
 li r1, undefined_thing_872
 li r1, undefined_thing_873
 li r1, undefined_thing_874
 li r1, undefined_thing_875
 li r1, undefined_thing_876
 li r1, undefined_thing_877
 li r1, undefined_thing_878
 li r1, undefined_thing_879
 li r1, undefined_thing_880
 li r1, undefined_thing_881
 li r1, undefined_thing_882
 li r1, undefined_thing_883
 li r1, undefined_thing_884
 li r1, undefined_thing_885
 li r1, undefined_thing_886
 li r1, undefined_thing_887
 li r1, undefined_thing_888
 li r1, undefined_thing_889
 li r1, undefined_thing_890
 li r1, undefined_thing_891
 li r1, undefined_thing_892
 li r1, undefined_thing_893
 li r1, undefined_thing_894
 li r1, undefined_thing_895
 li r1, undefined_thing_896
 li r1, undefined_thing_897
 li r1, undefined_thing_898
 li r1, undefined_thing_899
 li r1, undefined_thing_900
 li r1, undefined_thing_901
 li r1, undefined_thing_902
 li r1, undefined_thing_903
 li r1, undefined_thing_904
 li r1, undefined_thing_905
 li r1, undefined_thing_906
 li r1, undefined_thing_907
 li r1, undefined_thing_908
 li r1, undefined_thing_909
 li r1, undefined_thing_910
 li r1, undefined_thing_911
 li r1, undefined_thing_912
 li r1, undefined_thing_913
 li r1, undefined_thing_914
 li r1, undefined_thing_915
 li r1, undefined_thing_916
 li r1, undefined_thing_917
 li r1, undefined_thing_918
 li r1, undefined_thing_919
 li r1, undefined_thing_920
 li r1, undefined_thing_921
 li r1, undefined_thing_922
 li r1, undefined_thing_923
 li r1, undefined_thing_924
 li r1, undefined_thing_925
 li r1, undefined_thing_926
 li r1, undefined_thing_927
 li r1, undefined_thing_928
 li r1, undefined_thing_929
 li r1, undefined_thing_930
 li r1, undefined_thing_931
 li r1, undefined_thing_932
 li r1, undefined_thing_933
 li r1, undefined_thing_934
 li r1, undefined_thing_935
 li r1, undefined_thing_936
 li r1, undefined_thing_937
 li r1, undefined_thing_938
 li r1, undefined_thing_939
 li r1, undefined_thing_940
 li r1, undefined_thing_941
 li r1, undefined_thing_942
 li r1, undefined_thing_943
 li r1, undefined_thing_944
 li r1, undefined_thing_945
 li r1, undefined_thing_946
 li r1, undefined_thing_947
 li r1, undefined_thing_948
 li r1, undefined_thing_949
 li r1, undefined_thing_950
 li r1, undefined_thing_951
 li r1, undefined_thing_952
 li r1, undefined_thing_953
 li r1, undefined_thing_954
 li r1, undefined_thing_955
 li r1, undefined_thing_956
 li r1, undefined_thing_957
 li r1, undefined_thing_958
 li r1, undefined_thing_959
 li r1, undefined_thing_960
 li r1, undefined_thing_961
 li r1, undefined_thing_962
 li r1, undefined_thing_963
 li r1, undefined_thing_964
 li r1, undefined_thing_965
 li r1, undefined_thing_966
 li r1, undefined_thing_967
 li r1, undefined_thing_968
 li r1, undefined_thing_969
 li r1, undefined_thing_970
 li r1, undefined_thing_971
 li r1, undefined_thing_972
 li r1, undefined_thing_973
 li r1, undefined_thing_974
 li r1, undefined_thing_975
 li r1, undefined_thing_976
 li r1, undefined_thing_977
 li r1, undefined_thing_978
 li r1, undefined_thing_979
 li r1, undefined_thing_980
 li r1, undefined_thing_981
 li r1, undefined_thing_982
 li r1, undefined_thing_983
 li r1, undefined_thing_984
 li r1, undefined_thing_985
 li r1, undefined_thing_986
 li r1, undefined_thing_987
 li r1, undefined_thing_988
 li r1, undefined_thing_989
 li r1, undefined_thing_990
 li r1, undefined_thing_991
 li r1, undefined_thing_992
 li r1, undefined_thing_993
 li r1, undefined_thing_994
 li r1, undefined_thing_995
 li r1, undefined_thing_996
 li r1, undefined_thing_997
 li r1, undefined_thing_998
 li r1, undefined_thing_999
 li r1, undefined_thing_1000
 li r1, undefined_thing_1001
 li r1, undefined_thing_1002
 li r1, undefined_thing_1003
 li r1, undefined_thing_1004
 li r1, undefined_thing_1005
 li r1, undefined_thing_1006
 li r1, undefined_thing_1007
 li r1, undefined_thing_1008
 li r1, undefined_thing_1009
 li r1, undefined_thing_1010
 li r1, undefined_thing_1011
 li r1, undefined_thing_1012
 li r1, undefined_thing_1013
 li r1, undefined_thing_1014
 li r1, undefined_thing_1015
 li r1, undefined_thing_1016
 li r1, undefined_thing_1017
 li r1, undefined_thing_1018
 li r1, undefined_thing_1019
 li r1, undefined_thing_1020
 li r1, undefined_thing_1021
 li r1, undefined_thing_1022
 li r1, undefined_thing_1023
 li r1, undefined_thing_1024
 li r1, undefined_thing_1025
 li r1, undefined_thing_1026
 li r1, undefined_thing_1027
 li r1, undefined_thing_1028
 li r1, undefined_thing_1029
 li r1, undefined_thing_1030
 li r1, undefined_thing_1031
 li r1, undefined_thing_1032
 li r1, undefined_thing_1033
 li r1, undefined_thing_1034
 li r1, undefined_thing_1035
 li r1, undefined_thing_1036
 li r1, undefined_thing_1037
 li r1, undefined_thing_1038
 li r1, undefined_thing_1039
 li r1, undefined_thing_1040
 li r1, undefined_thing_1041
 li r1, undefined_thing_1042
 li r1, undefined_thing_1043
 li r1, undefined_thing_1044
 li r1, undefined_thing_1045
 li r1, undefined_thing_1046
 li r1, undefined_thing_1047
 li r1, undefined_thing_1048
 li r1, undefined_thing_1049
 li r1, undefined_thing_1050
 li r1, undefined_thing_1051
 li r1, undefined_thing_1052
 li r1, undefined_thing_1053
 li r1, undefined_thing_1054
 li r1, undefined_thing_1055
 li r1, undefined_thing_1056
 li r1, undefined_thing_1057
 li r1, undefined_thing_1058
 li r1, undefined_thing_1059
 li r1, undefined_thing_1060
 li r1, undefined_thing_1061
 li r1, undefined_thing_1062
 li r1, undefined_thing_1063
 li r1, undefined_thing_1064
 li r1, undefined_thing_1065
 li r1, undefined_thing_1066
 li r1, undefined_thing_1067
 li r1, undefined_thing_1068
 li r1, undefined_thing_1069
 li r1, undefined_thing_1070
 li r1, undefined_thing_1071
 li r1, undefined_thing_1072
 li r1, undefined_thing_1073
 li r1, undefined_thing_1074
 li r1, undefined_thing_1075
 li r1, undefined_thing_1076
 li r1, undefined_thing_1077
 li r1, undefined_thing_1078
 li r1, undefined_thing_1079
 li r1, undefined_thing_1080
 li r1, undefined_thing_1081
 li r1, undefined_thing_1082
 li r1, undefined_thing_1083
 li r1, undefined_thing_1084
 li r1, undefined_thing_1085
 li r1, undefined_thing_1086
 li r1, undefined_thing_1087
 li r1, undefined_thing_1088
 li r1, undefined_thing_1089
 li r1, undefined_thing_1090
 li r1, undefined_thing_1091
 li r1, undefined_thing_1092
 li r1, undefined_thing_1093
 li r1, undefined_thing_1094
 li r1, undefined_thing_1095
 li r1, undefined_thing_1096
 li r1, undefined_thing_1097
 li r1, undefined_thing_1098
 li r1, undefined_thing_1099
 li r1, undefined_thing_1100
 li r1, undefined_thing_1101
 li r1, undefined_thing_1102
 li r1, undefined_thing_1103
 li r1, undefined_thing_1104
 li r1, undefined_thing_1105
 li r1, undefined_thing_1106
 li r1, undefined_thing_1107
 li r1, undefined_thing_1108
 li r1, undefined_thing_1109
 li r1, undefined_thing_1110
 li r1, undefined_thing_1111
 li r1, undefined_thing_1112
 li r1, undefined_thing_1113
 li r1, undefined_thing_1114
 li r1, undefined_thing_1115
 li r1, undefined_thing_1116
 li r1, undefined_thing_1117
 li r1, undefined_thing_1118
 li r1, undefined_thing_1119
 li r1, undefined_thing_1120
 li r1, undefined_thing_1121
 li r1, undefined_thing_1122
 li r1, undefined_thing_1123
 li r1, undefined_thing_1124
 li r1, undefined_thing_1125
 li r1, undefined_thing_1126
 li r1, undefined_thing_1127
 li r1, undefined_thing_1128
 li r1, undefined_thing_1129
 li r1, undefined_thing_1130
 li r1, undefined_thing_1131
 li r1, undefined_thing_1132
 li r1, undefined_thing_1133
 li r1, undefined_thing_1134
 li r1, undefined_thing_1135
 li r1, undefined_thing_1136
 li r1, undefined_thing_1137
 li r1, undefined_thing_1138
 li r1, undefined_thing_1139
 li r1, undefined_thing_1140
 li r1, undefined_thing_1141
 li r1, undefined_thing_1142
 li r1, undefined_thing_1143
 li r1, undefined_thing_1144
 li r1, undefined_thing_1145
 li r1, undefined_thing_1146
 li r1, undefined_thing_1147
 li r1, undefined_thing_1148
 li r1, undefined_thing_1149
 li r1, undefined_thing_1150
 li r1, undefined_thing_1151
 li r1, undefined_thing_1152
 li r1, undefined_thing_1153
 li r1, undefined_thing_1154
 li r1, undefined_thing_1155
 li r1, undefined_thing_1156
 li r1, undefined_thing_1157
 li r1, undefined_thing_1158
 li r1, undefined_thing_1159
 li r1, undefined_thing_1160
 li r1, undefined_thing_1161
 li r1, undefined_thing_1162
 li r1, undefined_thing_1163
 li r1, undefined_thing_1164
 li r1, undefined_thing_1165
 li r1, undefined_thing_1166
 li r1, undefined_thing_1167
 li r1, undefined_thing_1168
 li r1, undefined_thing_1169
 li r1, undefined_thing_1170
 li r1, undefined_thing_1171
 li r1, undefined_thing_1172
 li r1, undefined_thing_1173
 li r1, undefined_thing_1174
 li r1, undefined_thing_1175
 li r1, undefined_thing_1176
 li r1, undefined_thing_1177
 li r1, undefined_thing_1178
 li r1, undefined_thing_1179
 li r1, undefined_thing_1180
 li r1, undefined_thing_1181
 li r1, undefined_thing_1182
 li r1, undefined_thing_1183
 li r1, undefined_thing_1184
 li r1, undefined_thing_1185
 li r1, undefined_thing_1186
 li r1, undefined_thing_1187
 li r1, undefined_thing_1188
 li r1, undefined_thing_1189
 li r1, undefined_thing_1190
 li r1, undefined_thing_1191
 li r1, undefined_thing_1192
 li r1, undefined_thing_1193
 li r1, undefined_thing_1194
 li r1, undefined_thing_1195
 li r1, undefined_thing_1196
 li r1, undefined_thing_1197
 li r1, undefined_thing_1198
 li r1, undefined_thing_1199
 li r1, undefined_thing_1200
 li r1, undefined_thing_1201
 li r1, undefined_thing_1202
 li r1, undefined_thing_1203
 li r1, undefined_thing_1204
 li r1, undefined_thing_1205
 li r1, undefined_thing_1206
 li r1, undefined_thing_1207
 li r1, undefined_thing_1208
 li r1, undefined_thing_1209
 li r1, undefined_thing_1210
 li r1, undefined_thing_1211
 li r1, undefined_thing_1212
 li r1, undefined_thing_1213
 li r1, undefined_thing_1214
 li r1, undefined_thing_1215
 li r1, undefined_thing_1216
 li r1, undefined_thing_1217
 li r1, undefined_thing_1218
 li r1, undefined_thing_1219
 li r1, undefined_thing_1220
 li r1, undefined_thing_1221
 li r1, undefined_thing_1222
 li r1, undefined_thing_1223
 li r1, undefined_thing_1224
 li r1, undefined_thing_1225
 li r1, undefined_thing_1226
 li r1, undefined_thing_1227
 li r1, undefined_thing_1228
 li r1, undefined_thing_1229
 li r1, undefined_thing_1230
 li r1, undefined_thing_1231
 li r1, undefined_thing_1232
 li r1, undefined_thing_1233
 li r1, undefined_thing_1234
 li r1, undefined_thing_1235
 li r1, undefined_thing_1236
 li r1, undefined_thing_1237
 li r1, undefined_thing_1238
 li r1, undefined_thing_1239
 li r1, undefined_thing_1240
 li r1, undefined_thing_1241
 li r1, undefined_thing_1242
 li r1, undefined_thing_1243
 li r1, undefined_thing_1244
 li r1, undefined_thing_1245
 li r1, undefined_thing_1246
 li r1, undefined_thing_1247
 li r1, undefined_thing_1248
 li r1, undefined_thing_1249
 li r1, undefined_thing_1250
 li r1, undefined_thing_1251
 li r1, undefined_thing_1252
 li r1, undefined_thing_1253
 li r1, undefined_thing_1254
 li r1, undefined_thing_1255
 li r1, undefined_thing_1256
 li r1, undefined_thing_1257
 li r1, undefined_thing_1258
 li r1, undefined_thing_1259
 li r1, undefined_thing_1260
 li r1, undefined_thing_1261
 li r1, undefined_thing_1262
 li r1, undefined_thing_1263
 li r1, undefined_thing_1264
 li r1, undefined_thing_1265
 li r1, undefined_thing_1266
 li r1, undefined_thing_1267
 li r1, undefined_thing_1268
 li r1, undefined_thing_1269
 li r1, undefined_thing_1270
 li r1, undefined_thing_1271
 li r1, undefined_thing_1272
 li r1, undefined_thing_1273
 li r1, undefined_thing_1274
 li r1, undefined_thing_1275
 li r1, undefined_thing_1276
 li r1, undefined_thing_1277
 li r1, undefined_thing_1278
 li r1, undefined_thing_1279
 li r1, undefined_thing_1280
 li r1, undefined_thing_1281
 li r1, undefined_thing_1282
 li r1, undefined_thing_1283
 li r1, undefined_thing_1284
 li r1, undefined_thing_1285
 li r1, undefined_thing_1286
 li r1, undefined_thing_1287
 li r1, undefined_thing_1288
 li r1, undefined_thing_1289
 li r1, undefined_thing_1290
 li r1, undefined_thing_1291
 li r1, undefined_thing_1292
 li r1, undefined_thing_1293
 li r1, undefined_thing_1294
 li r1, undefined_thing_1295
 li r1, undefined_thing_1296
 li r1, undefined_thing_1297
 li r1, undefined_thing_1298
 li r1, undefined_thing_1299
 li r1, undefined_thing_1300
 li r1, undefined_thing_1301
 li r1, undefined_thing_1302
 li r1, undefined_thing_1303
 li r1, undefined_thing_1304
 li r1, undefined_thing_1305
 li r1, undefined_thing_1306
 li r1, undefined_thing_1307
 li r1, undefined_thing_1308
 li r1, undefined_thing_1309
 li r1, undefined_thing_1310
 li r1, undefined_thing_1311
 li r1, undefined_thing_1312
 li r1, undefined_thing_1313
 li r1, undefined_thing_1314
 li r1, undefined_thing_1315
 li r1, undefined_thing_1316
 li r1, undefined_thing_1317
 li r1, undefined_thing_1318
 li r1, undefined_thing_1319
 li r1, undefined_thing_1320
 li r1, undefined_thing_1321
 li r1, undefined_thing_1322
 li r1, undefined_thing_1323
 li r1, undefined_thing_1324
 li r1, undefined_thing_1325
 li r1, undefined_thing_1326
 li r1, undefined_thing_1327
 li r1, undefined_thing_1328
 li r1, undefined_thing_1329
 li r1, undefined_thing_1330
 li r1, undefined_thing_1331
 li r1, undefined_thing_1332
 li r1, undefined_thing_1333
 li r1, undefined_thing_1334
 li r1, undefined_thing_1335
 li r1, undefined_thing_1336
 li r1, undefined_thing_1337
 li r1, undefined_thing_1338
 li r1, undefined_thing_1339
 li r1, undefined_thing_1340
 li r1, undefined_thing_1341
 li r1, undefined_thing_1342
 li r1, undefined_thing_1343
 li r1, undefined_thing_1344
 li r1, undefined_thing_1345
 li r1, undefined_thing_1346
 li r1, undefined_thing_1347
 li r1, undefined_thing_1348
 li r1, undefined_thing_1349
 li r1, undefined_thing_1350
 li r1, undefined_thing_1351
 li r1, undefined_thing_1352
 li r1, undefined_thing_1353
 li r1, undefined_thing_1354
 li r1, undefined_thing_1355
 li r1, undefined_thing_1356
 li r1, undefined_thing_1357
 li r1, undefined_thing_1358
 li r1, undefined_thing_1359
 li r1, undefined_thing_1360
 li r1, undefined_thing_1361
 li r1, undefined_thing_1362
 li r1, undefined_thing_1363
 li r1, undefined_thing_1364
 li r1, undefined_thing_1365
 li r1, undefined_thing_1366
 li r1, undefined_thing_1367
 li r1, undefined_thing_1368
 li r1, undefined_thing_1369
 li r1, undefined_thing_1370
 li r1, undefined_thing_1371
 li r1, undefined_thing_1372
 li r1, undefined_thing_1373
 li r1, undefined_thing_1374
 li r1, undefined_thing_1375
 li r1, undefined_thing_1376
 li r1, undefined_thing_1377
 li r1, undefined_thing_1378
 li r1, undefined_thing_1379
 li r1, undefined_thing_1380
 li r1, undefined_thing_1381
 li r1, undefined_thing_1382
 li r1, undefined_thing_1383
 li r1, undefined_thing_1384
 li r1, undefined_thing_1385
 li r1, undefined_thing_1386
 li r1, undefined_thing_1387
 li r1, undefined_thing_1388
 li r1, undefined_thing_1389
 li r1, undefined_thing_1390
 li r1, undefined_thing_1391
 li r1, undefined_thing_1392
 li r1, undefined_thing_1393
 li r1, undefined_thing_1394
 li r1, undefined_thing_1395
 li r1, undefined_thing_1396
 li r1, undefined_thing_1397
 li r1, undefined_thing_1398
 li r1, undefined_thing_1399
 li r1, undefined_thing_1400
 li r1, undefined_thing_1401
 li r1, undefined_thing_1402
 li r1, undefined_thing_1403
 li r1, undefined_thing_1404
 li r1, undefined_thing_1405
 li r1, undefined_thing_1406
 li r1, undefined_thing_1407
 li r1, undefined_thing_1408
 li r1, undefined_thing_1409
 li r1, undefined_thing_1410
 li r1, undefined_thing_1411
 li r1, undefined_thing_1412
 li r1, undefined_thing_1413
 li r1, undefined_thing_1414
 li r1, undefined_thing_1415
 li r1, undefined_thing_1416
 li r1, undefined_thing_1417
 li r1, undefined_thing_1418
 li r1, undefined_thing_1419
 li r1, undefined_thing_1420
 li r1, undefined_thing_1421
 li r1, undefined_thing_1422
 li r1, undefined_thing_1423
 li r1, undefined_thing_1424
 li r1, undefined_thing_1425
 li r1, undefined_thing_1426
 li r1, undefined_thing_1427
 li r1, undefined_thing_1428
 li r1, undefined_thing_1429
 li r1, undefined_thing_1430
 li r1, undefined_thing_1431
 li r1, undefined_thing_1432
 li r1, undefined_thing_1433
 li r1, undefined_thing_1434
 li r1, undefined_thing_1435
 li r1, undefined_thing_1436
 li r1, undefined_thing_1437
 li r1, undefined_thing_1438
 li r1, undefined_thing_1439
 li r1, undefined_thing_1440
 li r1, undefined_thing_1441
 li r1, undefined_thing_1442
 li r1, undefined_thing_1443
 li r1, undefined_thing_1444
 li r1, undefined_thing_1445
 li r1, undefined_thing_1446
 li r1, undefined_thing_1447
 li r1, undefined_thing_1448
 li r1, undefined_thing_1449
 li r1, undefined_thing_1450
 li r1, undefined_thing_1451
 li r1, undefined_thing_1452
 li r1, undefined_thing_1453
 li r1, undefined_thing_1454
 li r1, undefined_thing_1455
 li r1, undefined_thing_1456
 li r1, undefined_thing_1457
 li r1, undefined_thing_1458
 li r1, undefined_thing_1459
 li r1, undefined_thing_1460
 li r1, undefined_thing_1461
 li r1, undefined_thing_1462
 li r1, undefined_thing_1463
 li r1, undefined_thing_1464
 li r1, undefined_thing_1465
 li r1, undefined_thing_1466
 li r1, undefined_thing_1467
 li r1, undefined_thing_1468
 li r1, undefined_thing_1469
 li r1, undefined_thing_1470
 li r1, undefined_thing_1471
 li r1, undefined_thing_1472
 li r1, undefined_thing_1473
 li r1, undefined_thing_1474
 li r1, undefined_thing_1475
 li r1, undefined_thing_1476
 li r1, undefined_thing_1477
 li r1, undefined_thing_1478
 li r1, undefined_thing_1479
 li r1, undefined_thing_1480
 li r1, undefined_thing_1481
 li r1, undefined_thing_1482
 li r1, undefined_thing_1483
 li r1, undefined_thing_1484
 li r1, undefined_thing_1485
 li r1, undefined_thing_1486
 li r1, undefined_thing_1487
 li r1, undefined_thing_1488
 li r1, undefined_thing_1489
 li r1, undefined_thing_1490
 li r1, undefined_thing_1491
 li r1, undefined_thing_1492
 li r1, undefined_thing_1493
 li r1, undefined_thing_1494
 li r1, undefined_thing_1495
 li r1, undefined_thing_1496
 li r1, undefined_thing_1497
 li r1, undefined_thing_1498
 li r1, undefined_thing_1499
 li r1, undefined_thing_1500
 li r1, undefined_thing_1501
 li r1, undefined_thing_1502
 li r1, undefined_thing_1503
 li r1, undefined_thing_1504
 li r1, undefined_thing_1505
 li r1, undefined_thing_1506
 li r1, undefined_thing_1507
 li r1, undefined_thing_1508
 li r1, undefined_thing_1509
 li r1, undefined_thing_1510
 li r1, undefined_thing_1511
 li r1, undefined_thing_1512
 li r1, undefined_thing_1513
 li r1, undefined_thing_1514
 li r1, undefined_thing_1515
 li r1, undefined_thing_1516
 li r1, undefined_thing_1517
 li r1, undefined_thing_1518
 li r1, undefined_thing_1519
 li r1, undefined_thing_1520
 li r1, undefined_thing_1521
 li r1, undefined_thing_1522
 li r1, undefined_thing_1523
 li r1, undefined_thing_1524
 li r1, undefined_thing_1525
 li r1, undefined_thing_1526
 li r1, undefined_thing_1527
 li r1, undefined_thing_1528
 li r1, undefined_thing_1529
 li r1, undefined_thing_1530
 li r1, undefined_thing_1531
 li r1, undefined_thing_1532
 li r1, undefined_thing_1533
 li r1, undefined_thing_1534
 li r1, undefined_thing_1535
 li r1, undefined_thing_1536
 li r1, undefined_thing_1537
 li r1, undefined_thing_1538
 li r1, undefined_thing_1539
 li r1, undefined_thing_1540
 li r1, undefined_thing_1541
 li r1, undefined_thing_1542
 li r1, undefined_thing_1543
 li r1, undefined_thing_1544
 li r1, undefined_thing_1545
 li r1, undefined_thing_1546
 li r1, undefined_thing_1547
 li r1, undefined_thing_1548
 li r1, undefined_thing_1549
 li r1, undefined_thing_1550
 li r1, undefined_thing_1551
 li r1, undefined_thing_1552
 li r1, undefined_thing_1553
 li r1, undefined_thing_1554
 li r1, undefined_thing_1555
 li r1, undefined_thing_1556
 li r1, undefined_thing_1557
 li r1, undefined_thing_1558
 li r1, undefined_thing_1559
 li r1, undefined_thing_1560
 li r1, undefined_thing_1561
 li r1, undefined_thing_1562
 li r1, undefined_thing_1563
 li r1, undefined_thing_1564
 li r1, undefined_thing_1565
 li r1, undefined_thing_1566
 li r1, undefined_thing_1567
 li r1, undefined_thing_1568
 li r1, undefined_thing_1569
 li r1, undefined_thing_1570
 li r1, undefined_thing_1571
 li r1, undefined_thing_1572
 li r1, undefined_thing_1573
 li r1, undefined_thing_1574
 li r1, undefined_thing_1575
 li r1, undefined_thing_1576
 li r1, undefined_thing_1577
 li r1, undefined_thing_1578
 li r1, undefined_thing_1579
 li r1, undefined_thing_1580
 li r1, undefined_thing_1581
 li r1, undefined_thing_1582
 li r1, undefined_thing_1583
 li r1, undefined_thing_1584
 li r1, undefined_thing_1585
 li r1, undefined_thing_1586
 li r1, undefined_thing_1587
 li r1, undefined_thing_1588
 li r1, undefined_thing_1589
 li r1, undefined_thing_1590
 li r1, undefined_thing_1591
 li r1, undefined_thing_1592
 li r1, undefined_thing_1593
 li r1, undefined_thing_1594
 li r1, undefined_thing_1595
 li r1, undefined_thing_1596
 li r1, undefined_thing_1597
 li r1, undefined_thing_1598
 li r1, undefined_thing_1599
 li r1, undefined_thing_1600
 li r1, undefined_thing_1601
 li r1, undefined_thing_1602
 li r1, undefined_thing_1603
 li r1, undefined_thing_1604
 li r1, undefined_thing_1605
 li r1, undefined_thing_1606
 li r1, undefined_thing_1607
 li r1, undefined_thing_1608
 li r1, undefined_thing_1609
 li r1, undefined_thing_1610
 li r1, undefined_thing_1611
 li r1, undefined_thing_1612
 li r1, undefined_thing_1613
 li r1, undefined_thing_1614
 li r1, undefined_thing_1615
 li r1, undefined_thing_1616
 li r1, undefined_thing_1617
 li r1, undefined_thing_1618
 li r1, undefined_thing_1619
 li r1, undefined_thing_1620
 li r1, undefined_thing_1621
 li r1, undefined_thing_1622
 li r1, undefined_thing_1623
 li r1, undefined_thing_1624
 li r1, undefined_thing_1625
 li r1, undefined_thing_1626
 li r1, undefined_thing_1627
 li r1, undefined_thing_1628
 li r1, undefined_thing_1629
 li r1, undefined_thing_1630
 li r1, undefined_thing_1631
 li r1, undefined_thing_1632
 li r1, undefined_thing_1633
 li r1, undefined_thing_1634
 li r1, undefined_thing_1635
 li r1, undefined_thing_1636
 li r1, undefined_thing_1637
 li r1, undefined_thing_1638
 li r1, undefined_thing_1639
 li r1, undefined_thing_1640
 li r1, undefined_thing_1641
 li r1, undefined_thing_1642
 li r1, undefined_thing_1643
 li r1, undefined_thing_1644
 li r1, undefined_thing_1645
 li r1, undefined_thing_1646
 li r1, undefined_thing_1647
 li r1, undefined_thing_1648
 li r1, undefined_thing_1649
 li r1, undefined_thing_1650
 li r1, undefined_thing_1651
 li r1, undefined_thing_1652
 li r1, undefined_thing_1653
 li r1, undefined_thing_1654
 li r1, undefined_thing_1655
 li r1, undefined_thing_1656
 li r1, undefined_thing_1657
 li r1, undefined_thing_1658
 li r1, undefined_thing_1659
 li r1, undefined_thing_1660
 li r1, undefined_thing_1661
 li r1, undefined_thing_1662
 li r1, undefined_thing_1663
 li r1, undefined_thing_1664
 li r1, undefined_thing_1665
 li r1, undefined_thing_1666
 li r1, undefined_thing_1667
 li r1, undefined_thing_1668
 li r1, undefined_thing_1669
 li r1, undefined_thing_1670
 li r1, undefined_thing_1671
 li r1, undefined_thing_1672
 li r1, undefined_thing_1673
 li r1, undefined_thing_1674
 li r1, undefined_thing_1675
 li r1, undefined_thing_1676
 li r1, undefined_thing_1677
 li r1, undefined_thing_1678
 li r1, undefined_thing_1679
 li r1, undefined_thing_1680
 li r1, undefined_thing_1681
 li r1, undefined_thing_1682
 li r1, undefined_thing_1683
 li r1, undefined_thing_1684
 li r1, undefined_thing_1685
 li r1, undefined_thing_1686
 li r1, undefined_thing_1687
 li r1, undefined_thing_1688
 li r1, undefined_thing_1689
 li r1, undefined_thing_1690
 li r1, undefined_thing_1691
 li r1, undefined_thing_1692
 li r1, undefined_thing_1693
 li r1, undefined_thing_1694
 li r1, undefined_thing_1695
 li r1, undefined_thing_1696
 li r1, undefined_thing_1697
 li r1, undefined_thing_1698
 li r1, undefined_thing_1699
 li r1, undefined_thing_1700
 li r1, undefined_thing_1701
 li r1, undefined_thing_1702
 li r1, undefined_thing_1703
 li r1, undefined_thing_1704
 li r1, undefined_thing_1705
 li r1, undefined_thing_1706
 li r1, undefined_thing_1707
 li r1, undefined_thing_1708
 li r1, undefined_thing_1709
 li r1, undefined_thing_1710
 li r1, undefined_thing_1711
 li r1, undefined_thing_1712
 li r1, undefined_thing_1713
 li r1, undefined_thing_1714
 li r1, undefined_thing_1715
 li r1, undefined_thing_1716
 li r1, undefined_thing_1717
 li r1, undefined_thing_1718
 li r1, undefined_thing_1719
 li r1, undefined_thing_1720
 li r1, undefined_thing_1721
 li r1, undefined_thing_1722
 li r1, undefined_thing_1723
 li r1, undefined_thing_1724
 li r1, undefined_thing_1725
 li r1, undefined_thing_1726
 li r1, undefined_thing_1727
 li r1, undefined_thing_1728
 li r1, undefined_thing_1729
 li r1, undefined_thing_1730
 li r1, undefined_thing_1731
 li r1, undefined_thing_1732
 li r1, undefined_thing_1733
 li r1, undefined_thing_1734
 li r1, undefined_thing_1735
 li r1, undefined_thing_1736
 li r1, undefined_thing_1737
 li r1, undefined_thing_1738
 li r1, undefined_thing_1739
 li r1, undefined_thing_1740
 li r1, undefined_thing_1741
 li r1, undefined_thing_1742
 li r1, undefined_thing_1743
 li r1, undefined_thing_1744
 li r1, undefined_thing_1745
 li r1, undefined_thing_1746
 li r1, undefined_thing_1747
 li r1, undefined_thing_1748
 li r1, undefined_thing_1749
 li r1, undefined_thing_1750
 li r1, undefined_thing_1751
 li r1, undefined_thing_1752
 li r1, undefined_thing_1753
 li r1, undefined_thing_1754
 li r1, undefined_thing_1755
 li r1, undefined_thing_1756
 li r1, undefined_thing_1757
 li r1, undefined_thing_1758
 li r1, undefined_thing_1759
 li r1, undefined_thing_1760
 li r1, undefined_thing_1761
 li r1, undefined_thing_1762
 li r1, undefined_thing_1763
 li r1, undefined_thing_1764
 li r1, undefined_thing_1765
 li r1, undefined_thing_1766
 li r1, undefined_thing_1767
 li r1, undefined_thing_1768
 li r1, undefined_thing_1769
 li r1, undefined_thing_1770
 li r1, undefined_thing_1771
 li r1, undefined_thing_1772
 li r1, undefined_thing_1773
 li r1, undefined_thing_1774
 li r1, undefined_thing_1775
 li r1, undefined_thing_1776
 li r1, undefined_thing_1777
 li r1, undefined_thing_1778
 li r1, undefined_thing_1779
 li r1, undefined_thing_1780
 li r1, undefined_thing_1781
 li r1, undefined_thing_1782
 li r1, undefined_thing_1783
 li r1, undefined_thing_1784
 li r1, undefined_thing_1785
 li r1, undefined_thing_1786
 li r1, undefined_thing_1787
 li r1, undefined_thing_1788
 li r1, undefined_thing_1789
 li r1, undefined_thing_1790
 li r1, undefined_thing_1791
 li r1, undefined_thing_1792
 li r1, undefined_thing_1793
 li r1, undefined_thing_1794
 li r1, undefined_thing_1795
 li r1, undefined_thing_1796
 li r1, undefined_thing_1797
 li r1, undefined_thing_1798
 li r1, undefined_thing_1799
 li r1, undefined_thing_1800
 li r1, undefined_thing_1801
 li r1, undefined_thing_1802
 li r1, undefined_thing_1803
 li r1, undefined_thing_1804
 li r1, undefined_thing_1805
 li r1, undefined_thing_1806
 li r1, undefined_thing_1807
 li r1, undefined_thing_1808
 li r1, undefined_thing_1809
 li r1, undefined_thing_1810
 li r1, undefined_thing_1811
 li r1, undefined_thing_1812
 li r1, undefined_thing_1813
 li r1, undefined_thing_1814
 li r1, undefined_thing_1815
 li r1, undefined_thing_1816
 li r1, undefined_thing_1817
 li r1, undefined_thing_1818
 li r1, undefined_thing_1819
 li r1, undefined_thing_1820
 li r1, undefined_thing_1821
 li r1, undefined_thing_1822
 li r1, undefined_thing_1823
 li r1, undefined_thing_1824
 li r1, undefined_thing_1825
 li r1, undefined_thing_1826
 li r1, undefined_thing_1827
 li r1, undefined_thing_1828
 li r1, undefined_thing_1829
 li r1, undefined_thing_1830
 li r1, undefined_thing_1831
 li r1, undefined_thing_1832
 li r1, undefined_thing_1833
 li r1, undefined_thing_1834
 li r1, undefined_thing_1835
 li r1, undefined_thing_1836
 li r1, undefined_thing_1837
 li r1, undefined_thing_1838
 li r1, undefined_thing_1839
 li r1, undefined_thing_1840
 li r1, undefined_thing_1841
 li r1, undefined_thing_1842
 li r1, undefined_thing_1843
 li r1, undefined_thing_1844
 li r1, undefined_thing_1845
 li r1, undefined_thing_1846
 li r1, undefined_thing_1847
 li r1, undefined_thing_1848
 li r1, undefined_thing_1849
 li r1, undefined_thing_1850
 li r1, undefined_thing_1851
 li r1, undefined_thing_1852
 li r1, undefined_thing_1853
 li r1, undefined_thing_1854
 li r1, undefined_thing_1855
 li r1, undefined_thing_1856
 li r1, undefined_thing_1857
 li r1, undefined_thing_1858
 li r1, undefined_thing_1859
 li r1, undefined_thing_1860
 li r1, undefined_thing_1861
 li r1, undefined_thing_1862
 li r1, undefined_thing_1863
 li r1, undefined_thing_1864
 li r1, undefined_thing_1865
 li r1, undefined_thing_1866
 li r1, undefined_thing_1867
 li r1, undefined_thing_1868
 li r1, undefined_thing_1869
 li r1, undefined_thing_1870
 li r1, undefined_thing_1871
 li r1, undefined_thing_1872
 li r1, undefined_thing_1873
 li r1, undefined_thing_1874
 li r1, undefined_thing_1875
 li r1, undefined_thing_1876
 li r1, undefined_thing_1877
 li r1, undefined_thing_1878
 li r1, undefined_thing_1879
 li r1, undefined_thing_1880
 li r1, undefined_thing_1881
 li r1, undefined_thing_1882
 li r1, undefined_thing_1883
 li r1, undefined_thing_1884
 li r1, undefined_thing_1885
 li r1, undefined_thing_1886
 li r1, undefined_thing_1887
 li r1, undefined_thing_1888
 li r1, undefined_thing_1889
 li r1, undefined_thing_1890
 li r1, undefined_thing_1891
 li r1, undefined_thing_1892
 li r1, undefined_thing_1893
 li r1, undefined_thing_1894
 li r1, undefined_thing_1895
 li r1, undefined_thing_1896
 li r1, undefined_thing_1897
 li r1, undefined_thing_1898
 li r1, undefined_thing_1899
 li r1, undefined_thing_1900
 li r1, undefined_thing_1901
 li r1, undefined_thing_1902
 li r1, undefined_thing_1903
 li r1, undefined_thing_1904
 li r1, undefined_thing_1905
 li r1, undefined_thing_1906
 li r1, undefined_thing_1907
 li r1, undefined_thing_1908
 li r1, undefined_thing_1909
 li r1, undefined_thing_1910
 li r1, undefined_thing_1911
 li r1, undefined_thing_1912
 li r1, undefined_thing_1913
 li r1, undefined_thing_1914
 li r1, undefined_thing_1915
 li r1, undefined_thing_1916
 li r1, undefined_thing_1917
 li r1, undefined_thing_1918
 li r1, undefined_thing_1919
 li r1, undefined_thing_1920
 li r1, undefined_thing_1921
 li r1, undefined_thing_1922
 li r1, undefined_thing_1923
 li r1, undefined_thing_1924
 li r1, undefined_thing_1925
 li r1, undefined_thing_1926
 li r1, undefined_thing_1927
 li r1, undefined_thing_1928
 li r1, undefined_thing_1929
 li r1, undefined_thing_1930
 li r1, undefined_thing_1931
 li r1, undefined_thing_1932
 li r1, undefined_thing_1933
 li r1, undefined_thing_1934
 li r1, undefined_thing_1935
 li r1, undefined_thing_1936
 li r1, undefined_thing_1937
 li r1, undefined_thing_1938
 li r1, undefined_thing_1939
 li r1, undefined_thing_1940
 li r1, undefined_thing_1941
 li r1, undefined_thing_1942
 li r1, undefined_thing_1943
 li r1, undefined_thing_1944
 li r1, undefined_thing_1945
 li r1, undefined_thing_1946
 li r1, undefined_thing_1947
 li r1, undefined_thing_1948
 li r1, undefined_thing_1949
 li r1, undefined_thing_1950
 li r1, undefined_thing_1951
 li r1, undefined_thing_1952
 li r1, undefined_thing_1953
 li r1, undefined_thing_1954
 li r1, undefined_thing_1955
 li r1, undefined_thing_1956
 li r1, undefined_thing_1957
 li r1, undefined_thing_1958
 li r1, undefined_thing_1959
 li r1, undefined_thing_1960
 li r1, undefined_thing_1961
 li r1, undefined_thing_1962
 li r1, undefined_thing_1963
 li r1, undefined_thing_1964
 li r1, undefined_thing_1965
 li r1, undefined_thing_1966
 li r1, undefined_thing_1967
 li r1, undefined_thing_1968
 li r1, undefined_thing_1969
 li r1, undefined_thing_1970
 li r1, undefined_thing_1971
 li r1, undefined_thing_1972
 li r1, undefined_thing_1973
 li r1, undefined_thing_1974
 li r1, undefined_thing_1975
 li r1, undefined_thing_1976
 li r1, undefined_thing_1977
 li r1, undefined_thing_1978
 li r1, undefined_thing_1979
 li r1, undefined_thing_1980
 li r1, undefined_thing_1981
 li r1, undefined_thing_1982
 li r1, undefined_thing_1983
 li r1, undefined_thing_1984
 li r1, undefined_thing_1985
 li r1, undefined_thing_1986
 li r1, undefined_thing_1987
 li r1, undefined_thing_1988
 li r1, undefined_thing_1989
 li r1, undefined_thing_1990
 li r1, undefined_thing_1991
 li r1, undefined_thing_1992
 li r1, undefined_thing_1993
 li r1, undefined_thing_1994
 li r1, undefined_thing_1995
 li r1, undefined_thing_1996
 li r1, undefined_thing_1997
 li r1, undefined_thing_1998
 li r1, undefined_thing_1999
 li r1, undefined_thing_2000
 li r1, undefined_thing_2001
 li r1, undefined_thing_2002
 li r1, undefined_thing_2003
 li r1, undefined_thing_2004
 li r1, undefined_thing_2005
 li r1, undefined_thing_2006
 li r1, undefined_thing_2007
 li r1, undefined_thing_2008
 li r1, undefined_thing_2009
 li r1, undefined_thing_2010
 li r1, undefined_thing_2011
 li r1, undefined_thing_2012
 li r1, undefined_thing_2013
 li r1, undefined_thing_2014
 li r1, undefined_thing_2015
 li r1, undefined_thing_2016
 li r1, undefined_thing_2017
 li r1, undefined_thing_2018
 li r1, undefined_thing_2019
 li r1, undefined_thing_2020
 li r1, undefined_thing_2021
 li r1, undefined_thing_2022
 li r1, undefined_thing_2023
 li r1, undefined_thing_2024
 li r1, undefined_thing_2025
 li r1, undefined_thing_2026
 li r1, undefined_thing_2027
 li r1, undefined_thing_2028
 li r1, undefined_thing_2029
 li r1, undefined_thing_2030
 li r1, undefined_thing_2031
 li r1, undefined_thing_2032
 li r1, undefined_thing_2033
 li r1, undefined_thing_2034
 li r1, undefined_thing_2035
 li r1, undefined_thing_2036
 li r1, undefined_thing_2037
 li r1, undefined_thing_2038
 li r1, undefined_thing_2039
 li r1, undefined_thing_2040
 li r1, undefined_thing_2041
 li r1, undefined_thing_2042
 li r1, undefined_thing_2043
 li r1, undefined_thing_2044
 li r1, undefined_thing_2045
 li r1, undefined_thing_2046
 li r1, undefined_thing_2047
 li r1, undefined_thing_2048
 li r1, undefined_thing_2049
 li r1, undefined_thing_2050
 li r1, undefined_thing_2051
 li r1, undefined_thing_2052
 li r1, undefined_thing_2053
 li r1, undefined_thing_2054
 li r1, undefined_thing_2055
 li r1, undefined_thing_2056
 li r1, undefined_thing_2057
 li r1, undefined_thing_2058
 li r1, undefined_thing_2059
 li r1, undefined_thing_2060
 li r1, undefined_thing_2061
 li r1, undefined_thing_2062
 li r1, undefined_thing_2063
 li r1, undefined_thing_2064
 li r1, undefined_thing_2065
 li r1, undefined_thing_2066
 li r1, undefined_thing_2067
 li r1, undefined_thing_2068
 li r1, undefined_thing_2069
 li r1, undefined_thing_2070
 li r1, undefined_thing_2071
 li r1, undefined_thing_2072
 li r1, undefined_thing_2073
 li r1, undefined_thing_2074
 li r1, undefined_thing_2075
 li r1, undefined_thing_2076
 li r1, undefined_thing_2077
 li r1, undefined_thing_2078
 li r1, undefined_thing_2079
 li r1, undefined_thing_2080
 li r1, undefined_thing_2081
 li r1, undefined_thing_2082
 li r1, undefined_thing_2083
 li r1, undefined_thing_2084
 li r1, undefined_thing_2085
 li r1, undefined_thing_2086
 li r1, undefined_thing_2087
 li r1, undefined_thing_2088
 li r1, undefined_thing_2089
 li r1, undefined_thing_2090
 li r1, undefined_thing_2091
 li r1, undefined_thing_2092
 li r1, undefined_thing_2093
 li r1, undefined_thing_2094
 li r1, undefined_thing_2095
 li r1, undefined_thing_2096
 li r1, undefined_thing_2097
 li r1, undefined_thing_2098
 li r1, undefined_thing_2099
 li r1, undefined_thing_2100
 li r1, undefined_thing_2101
 li r1, undefined_thing_2102
 li r1, undefined_thing_2103
 li r1, undefined_thing_2104
 li r1, undefined_thing_2105
 li r1, undefined_thing_2106
 li r1, undefined_thing_2107
 li r1, undefined_thing_2108
 li r1, undefined_thing_2109
 li r1, undefined_thing_2110
 li r1, undefined_thing_2111
 li r1, undefined_thing_2112
 li r1, undefined_thing_2113
 li r1, undefined_thing_2114
 li r1, undefined_thing_2115
 li r1, undefined_thing_2116
 li r1, undefined_thing_2117
 li r1, undefined_thing_2118
 li r1, undefined_thing_2119
 li r1, undefined_thing_2120
 li r1, undefined_thing_2121
 li r1, undefined_thing_2122
 li r1, undefined_thing_2123
 li r1, undefined_thing_2124
 li r1, undefined_thing_2125
 li r1, undefined_thing_2126
 li r1, undefined_thing_2127
 li r1, undefined_thing_2128
 li r1, undefined_thing_2129
 li r1, undefined_thing_2130
 li r1, undefined_thing_2131
 li r1, undefined_thing_2132
 li r1, undefined_thing_2133
 li r1, undefined_thing_2134
 li r1, undefined_thing_2135
 li r1, undefined_thing_2136
 li r1, undefined_thing_2137
 li r1, undefined_thing_2138
 li r1, undefined_thing_2139
 li r1, undefined_thing_2140
 li r1, undefined_thing_2141
 li r1, undefined_thing_2142
 li r1, undefined_thing_2143
 li r1, undefined_thing_2144
 li r1, undefined_thing_2145
 li r1, undefined_thing_2146
 li r1, undefined_thing_2147
 li r1, undefined_thing_2148
 li r1, undefined_thing_2149
 li r1, undefined_thing_2150
 li r1, undefined_thing_2151
 li r1, undefined_thing_2152
 li r1, undefined_thing_2153
 li r1, undefined_thing_2154
 li r1, undefined_thing_2155
 li r1, undefined_thing_2156
 li r1, undefined_thing_2157
 li r1, undefined_thing_2158
 li r1, undefined_thing_2159
 li r1, undefined_thing_2160
 li r1, undefined_thing_2161
 li r1, undefined_thing_2162
 li r1, undefined_thing_2163
 li r1, undefined_thing_2164
 li r1, undefined_thing_2165
 li r1, undefined_thing_2166
 li r1, undefined_thing_2167
 li r1, undefined_thing_2168
 li r1, undefined_thing_2169
 li r1, undefined_thing_2170
 li r1, undefined_thing_2171
 li r1, undefined_thing_2172
 li r1, undefined_thing_2173
 li r1, undefined_thing_2174
 li r1, undefined_thing_2175
 li r1, undefined_thing_2176
 li r1, undefined_thing_2177
 li r1, undefined_thing_2178
 li r1, undefined_thing_2179
 li r1, undefined_thing_2180
 li r1, undefined_thing_2181
 li r1, undefined_thing_2182
 li r1, undefined_thing_2183
 li r1, undefined_thing_2184
 li r1, undefined_thing_2185
 li r1, undefined_thing_2186
 li r1, undefined_thing_2187
 li r1, undefined_thing_2188
 li r1, undefined_thing_2189
 li r1, undefined_thing_2190
 li r1, undefined_thing_2191
 li r1, undefined_thing_2192
 li r1, undefined_thing_2193
 li r1, undefined_thing_2194
 li r1, undefined_thing_2195
 li r1, undefined_thing_2196
 li r1, undefined_thing_2197
 li r1, undefined_thing_2198
 li r1, undefined_thing_2199
 li r1, undefined_thing_2200
 li r1, undefined_thing_2201
 li r1, undefined_thing_2202
 li r1, undefined_thing_2203
 li r1, undefined_thing_2204
 li r1, undefined_thing_2205
 li r1, undefined_thing_2206
 li r1, undefined_thing_2207
 li r1, undefined_thing_2208
 li r1, undefined_thing_2209
 li r1, undefined_thing_2210
 li r1, undefined_thing_2211
 li r1, undefined_thing_2212
 li r1, undefined_thing_2213
 li r1, undefined_thing_2214
 li r1, undefined_thing_2215
 li r1, undefined_thing_2216
 li r1, undefined_thing_2217
 li r1, undefined_thing_2218
 li r1, undefined_thing_2219
 li r1, undefined_thing_2220
 li r1, undefined_thing_2221
 li r1, undefined_thing_2222
 li r1, undefined_thing_2223
 li r1, undefined_thing_2224
 li r1, undefined_thing_2225
 li r1, undefined_thing_2226
 li r1, undefined_thing_2227
 li r1, undefined_thing_2228
 li r1, undefined_thing_2229
 li r1, undefined_thing_2230
 li r1, undefined_thing_2231
 li r1, undefined_thing_2232
 li r1, undefined_thing_2233
 li r1, undefined_thing_2234
 li r1, undefined_thing_2235
 li r1, undefined_thing_2236
 li r1, undefined_thing_2237
 li r1, undefined_thing_2238
 li r1, undefined_thing_2239
 li r1, undefined_thing_2240
 li r1, undefined_thing_2241
 li r1, undefined_thing_2242
 li r1, undefined_thing_2243
 li r1, undefined_thing_2244
 li r1, undefined_thing_2245
 li r1, undefined_thing_2246
 li r1, undefined_thing_2247
 li r1, undefined_thing_2248
 li r1, undefined_thing_2249
 li r1, undefined_thing_2250
 li r1, undefined_thing_2251
 li r1, undefined_thing_2252
 li r1, undefined_thing_2253
 li r1, undefined_thing_2254
 li r1, undefined_thing_2255
 li r1, undefined_thing_2256
 li r1, undefined_thing_2257
 li r1, undefined_thing_2258
 li r1, undefined_thing_2259
 li r1, undefined_thing_2260
 li r1, undefined_thing_2261
 li r1, undefined_thing_2262
 li r1, undefined_thing_2263
 li r1, undefined_thing_2264
 li r1, undefined_thing_2265
 li r1, undefined_thing_2266
 li r1, undefined_thing_2267
 li r1, undefined_thing_2268
 li r1, undefined_thing_2269
 li r1, undefined_thing_2270
 li r1, undefined_thing_2271
 li r1, undefined_thing_2272
 li r1, undefined_thing_2273
 li r1, undefined_thing_2274
 li r1, undefined_thing_2275
 li r1, undefined_thing_2276
 li r1, undefined_thing_2277
 li r1, undefined_thing_2278
 li r1, undefined_thing_2279
 li r1, undefined_thing_2280
 li r1, undefined_thing_2281
 li r1, undefined_thing_2282
 li r1, undefined_thing_2283
 li r1, undefined_thing_2284
 li r1, undefined_thing_2285
 li r1, undefined_thing_2286
 li r1, undefined_thing_2287
 li r1, undefined_thing_2288
 li r1, undefined_thing_2289
 li r1, undefined_thing_2290
 li r1, undefined_thing_2291
 li r1, undefined_thing_2292
 li r1, undefined_thing_2293
 li r1, undefined_thing_2294
 li r1, undefined_thing_2295
 li r1, undefined_thing_2296
 li r1, undefined_thing_2297
 li r1, undefined_thing_2298
 li r1, undefined_thing_2299
 li r1, undefined_thing_2300
 li r1, undefined_thing_2301
 li r1, undefined_thing_2302
 li r1, undefined_thing_2303
 li r1, undefined_thing_2304
 li r1, undefined_thing_2305
 li r1, undefined_thing_2306
 li r1, undefined_thing_2307
 li r1, undefined_thing_2308
 li r1, undefined_thing_2309
 li r1, undefined_thing_2310
 li r1, undefined_thing_2311
 li r1, undefined_thing_2312
 li r1, undefined_thing_2313
 li r1, undefined_thing_2314
 li r1, undefined_thing_2315
 li r1, undefined_thing_2316
 li r1, undefined_thing_2317
 li r1, undefined_thing_2318
 li r1, undefined_thing_2319
 li r1, undefined_thing_2320
 li r1, undefined_thing_2321
 li r1, undefined_thing_2322
 li r1, undefined_thing_2323
 li r1, undefined_thing_2324
 li r1, undefined_thing_2325
 li r1, undefined_thing_2326
 li r1, undefined_thing_2327
 li r1, undefined_thing_2328
 li r1, undefined_thing_2329
 li r1, undefined_thing_2330
 li r1, undefined_thing_2331
 li r1, undefined_thing_2332
 li r1, undefined_thing_2333
 li r1, undefined_thing_2334
 li r1, undefined_thing_2335
 li r1, undefined_thing_2336
 li r1, undefined_thing_2337
 li r1, undefined_thing_2338
 li r1, undefined_thing_2339
 li r1, undefined_thing_2340
 li r1, undefined_thing_2341
 li r1, undefined_thing_2342
 li r1, undefined_thing_2343
 li r1, undefined_thing_2344
 li r1, undefined_thing_2345
 li r1, undefined_thing_2346
 li r1, undefined_thing_2347
 li r1, undefined_thing_2348
 li r1, undefined_thing_2349
 li r1, undefined_thing_2350
 li r1, undefined_thing_2351
 li r1, undefined_thing_2352
 li r1, undefined_thing_2353
 li r1, undefined_thing_2354
 li r1, undefined_thing_2355
 li r1, undefined_thing_2356
 li r1, undefined_thing_2357
 li r1, undefined_thing_2358
 li r1, undefined_thing_2359
 li r1, undefined_thing_2360
 li r1, undefined_thing_2361
 li r1, undefined_thing_2362
 li r1, undefined_thing_2363
 li r1, undefined_thing_2364
 li r1, undefined_thing_2365
 li r1, undefined_thing_2366
 li r1, undefined_thing_2367
 li r1, undefined_thing_2368
 li r1, undefined_thing_2369
 li r1, undefined_thing_2370
 li r1, undefined_thing_2371
 li r1, undefined_thing_2372
 li r1, undefined_thing_2373
 li r1, undefined_thing_2374
 li r1, undefined_thing_2375
 li r1, undefined_thing_2376
 li r1, undefined_thing_2377
 li r1, undefined_thing_2378
 li r1, undefined_thing_2379
 li r1, undefined_thing_2380
 li r1, undefined_thing_2381
 li r1, undefined_thing_2382
 li r1, undefined_thing_2383
 li r1, undefined_thing_2384
 li r1, undefined_thing_2385
 li r1, undefined_thing_2386
 li r1, undefined_thing_2387
 li r1, undefined_thing_2388
 li r1, undefined_thing_2389
 li r1, undefined_thing_2390
 li r1, undefined_thing_2391
 li r1, undefined_thing_2392
 li r1, undefined_thing_2393
 li r1, undefined_thing_2394
 li r1, undefined_thing_2395
 li r1, undefined_thing_2396
 li r1, undefined_thing_2397
 li r1, undefined_thing_2398
 li r1, undefined_thing_2399
 li r1, undefined_thing_2400
 li r1, undefined_thing_2401
 li r1, undefined_thing_2402
 li r1, undefined_thing_2403
 li r1, undefined_thing_2404
 li r1, undefined_thing_2405
 li r1, undefined_thing_2406
 li r1, undefined_thing_2407
 li r1, undefined_thing_2408
 li r1, undefined_thing_2409
 li r1, undefined_thing_2410
 li r1, undefined_thing_2411
 li r1, undefined_thing_2412
 li r1, undefined_thing_2413
 li r1, undefined_thing_2414
 li r1, undefined_thing_2415
 li r1, undefined_thing_2416
 li r1, undefined_thing_2417
 li r1, undefined_thing_2418
 li r1, undefined_thing_2419
 li r1, undefined_thing_2420
 li r1, undefined_thing_2421
 li r1, undefined_thing_2422
 li r1, undefined_thing_2423
 li r1, undefined_thing_2424
 li r1, undefined_thing_2425
 li r1, undefined_thing_2426
 li r1, undefined_thing_2427
 li r1, undefined_thing_2428
 li r1, undefined_thing_2429
 li r1, undefined_thing_2430
 li r1, undefined_thing_2431
 li r1, undefined_thing_2432
 li r1, undefined_thing_2433
 li r1, undefined_thing_2434
 li r1, undefined_thing_2435
 li r1, undefined_thing_2436
 li r1, undefined_thing_2437
 li r1, undefined_thing_2438
 li r1, undefined_thing_2439
 li r1, undefined_thing_2440
 li r1, undefined_thing_2441
 li r1, undefined_thing_2442
 li r1, undefined_thing_2443
 li r1, undefined_thing_2444
 li r1, undefined_thing_2445
 li r1, undefined_thing_2446
 li r1, undefined_thing_2447
 li r1, undefined_thing_2448
 li r1, undefined_thing_2449
 li r1, undefined_thing_2450
 li r1, undefined_thing_2451
 li r1, undefined_thing_2452
 li r1, undefined_thing_2453
 li r1, undefined_thing_2454
 li r1, undefined_thing_2455
 li r1, undefined_thing_2456
 li r1, undefined_thing_2457
 li r1, undefined_thing_2458
 li r1, undefined_thing_2459
 li r1, undefined_thing_2460
 li r1, undefined_thing_2461
 li r1, undefined_thing_2462
 li r1, undefined_thing_2463
 li r1, undefined_thing_2464
 li r1, undefined_thing_2465
 li r1, undefined_thing_2466
 li r1, undefined_thing_2467
 li r1, undefined_thing_2468
 li r1, undefined_thing_2469
 li r1, undefined_thing_2470
 li r1, undefined_thing_2471
 li r1, undefined_thing_2472
 li r1, undefined_thing_2473
 li r1, undefined_thing_2474
 li r1, undefined_thing_2475
 li r1, undefined_thing_2476
 li r1, undefined_thing_2477
 li r1, undefined_thing_2478
 li r1, undefined_thing_2479
 li r1, undefined_thing_2480
 li r1, undefined_thing_2481
 li r1, undefined_thing_2482
 li r1, undefined_thing_2483
 li r1, undefined_thing_2484
 li r1, undefined_thing_2485
 li r1, undefined_thing_2486
 li r1, undefined_thing_2487
 li r1, undefined_thing_2488
 li r1, undefined_thing_2489
 li r1, undefined_thing_2490
 li r1, undefined_thing_2491
 li r1, undefined_thing_2492
 li r1, undefined_thing_2493
 li r1, undefined_thing_2494
 li r1, undefined_thing_2495
 li r1, undefined_thing_2496
 li r1, undefined_thing_2497
 li r1, undefined_thing_2498
 li r1, undefined_thing_2499
 li r1, undefined_thing_2500
 li r1, undefined_thing_2501
 li r1, undefined_thing_2502
 li r1, undefined_thing_2503
 li r1, undefined_thing_2504
 li r1, undefined_thing_2505
 li r1, undefined_thing_2506
 li r1, undefined_thing_2507
 li r1, undefined_thing_2508
 li r1, undefined_thing_2509
 li r1, undefined_thing_2510
 li r1, undefined_thing_2511
 li r1, undefined_thing_2512
 li r1, undefined_thing_2513
 li r1, undefined_thing_2514
 li r1, undefined_thing_2515
 li r1, undefined_thing_2516
 li r1, undefined_thing_2517
 li r1, undefined_thing_2518
 li r1, undefined_thing_2519
 li r1, undefined_thing_2520
 li r1, undefined_thing_2521
 li r1, undefined_thing_2522
 li r1, undefined_thing_2523
 li r1, undefined_thing_2524
 li r1, undefined_thing_2525
 li r1, undefined_thing_2526
 li r1, undefined_thing_2527
 li r1, undefined_thing_2528
 li r1, undefined_thing_2529
 li r1, undefined_thing_2530
 li r1, undefined_thing_2531
 li r1, undefined_thing_2532
 li r1, undefined_thing_2533
 li r1, undefined_thing_2534
 li r1, undefined_thing_2535
 li r1, undefined_thing_2536
 li r1, undefined_thing_2537
 li r1, undefined_thing_2538
 li r1, undefined_thing_2539
 li r1, undefined_thing_2540
 li r1, undefined_thing_2541
 li r1, undefined_thing_2542
 li r1, undefined_thing_2543
 li r1, undefined_thing_2544
 li r1, undefined_thing_2545
 li r1, undefined_thing_2546
 li r1, undefined_thing_2547
 li r1, undefined_thing_2548
 li r1, undefined_thing_2549
 li r1, undefined_thing_2550
 li r1, undefined_thing_2551
 li r1, undefined_thing_2552
 li r1, undefined_thing_2553
 li r1, undefined_thing_2554
 li r1, undefined_thing_2555
 li r1, undefined_thing_2556
 li r1, undefined_thing_2557
 li r1, undefined_thing_2558
 li r1, undefined_thing_2559
 li r1, undefined_thing_2560
 li r1, undefined_thing_2561
 li r1, undefined_thing_2562
 li r1, undefined_thing_2563
 li r1, undefined_thing_2564
 li r1, undefined_thing_2565
 li r1, undefined_thing_2566
 li r1, undefined_thing_2567
 li r1, undefined_thing_2568
 li r1, undefined_thing_2569
 li r1, undefined_thing_2570
 li r1, undefined_thing_2571
 li r1, undefined_thing_2572
 li r1, undefined_thing_2573
 li r1, undefined_thing_2574
 li r1, undefined_thing_2575
 li r1, undefined_thing_2576
 li r1, undefined_thing_2577
 li r1, undefined_thing_2578
 li r1, undefined_thing_2579
 li r1, undefined_thing_2580
 li r1, undefined_thing_2581
 li r1, undefined_thing_2582
 li r1, undefined_thing_2583
 li r1, undefined_thing_2584
 li r1, undefined_thing_2585
 li r1, undefined_thing_2586
 li r1, undefined_thing_2587
 li r1, undefined_thing_2588
 li r1, undefined_thing_2589
 li r1, undefined_thing_2590
 li r1, undefined_thing_2591
 li r1, undefined_thing_2592
 li r1, undefined_thing_2593
 li r1, undefined_thing_2594
 li r1, undefined_thing_2595
 li r1, undefined_thing_2596
 li r1, undefined_thing_2597
 li r1, undefined_thing_2598
 li r1, undefined_thing_2599
 li r1, undefined_thing_2600
 li r1, undefined_thing_2601
 li r1, undefined_thing_2602
 li r1, undefined_thing_2603
 li r1, undefined_thing_2604
 li r1, undefined_thing_2605
 li r1, undefined_thing_2606
 li r1, undefined_thing_2607
 li r1, undefined_thing_2608
 li r1, undefined_thing_2609
 li r1, undefined_thing_2610
 li r1, undefined_thing_2611
 li r1, undefined_thing_2612
 li r1, undefined_thing_2613
 li r1, undefined_thing_2614
 li r1, undefined_thing_2615
 li r1, undefined_thing_2616
 li r1, undefined_thing_2617
 li r1, undefined_thing_2618
 li r1, undefined_thing_2619
 li r1, undefined_thing_2620
 li r1, undefined_thing_2621
 li r1, undefined_thing_2622
 li r1, undefined_thing_2623
 li r1, undefined_thing_2624
 li r1, undefined_thing_2625
 li r1, undefined_thing_2626
 li r1, undefined_thing_2627
 li r1, undefined_thing_2628
 li r1, undefined_thing_2629
 li r1, undefined_thing_2630
 li r1, undefined_thing_2631
 li r1, undefined_thing_2632
 li r1, undefined_thing_2633
 li r1, undefined_thing_2634
 li r1, undefined_thing_2635
 li r1, undefined_thing_2636
 li r1, undefined_thing_2637
 li r1, undefined_thing_2638
 li r1, undefined_thing_2639
 li r1, undefined_thing_2640
 li r1, undefined_thing_2641
 li r1, undefined_thing_2642
 li r1, undefined_thing_2643
 li r1, undefined_thing_2644
 li r1, undefined_thing_2645
 li r1, undefined_thing_2646
 li r1, undefined_thing_2647
 li r1, undefined_thing_2648
 li r1, undefined_thing_2649
 li r1, undefined_thing_2650
 li r1, undefined_thing_2651
 li r1, undefined_thing_2652
 li r1, undefined_thing_2653
 li r1, undefined_thing_2654
 li r1, undefined_thing_2655
 li r1, undefined_thing_2656
 li r1, undefined_thing_2657
 li r1, undefined_thing_2658
 li r1, undefined_thing_2659
 li r1, undefined_thing_2660
 li r1, undefined_thing_2661
 li r1, undefined_thing_2662
 li r1, undefined_thing_2663
 li r1, undefined_thing_2664
 li r1, undefined_thing_2665
 li r1, undefined_thing_2666
 li r1, undefined_thing_2667
 li r1, undefined_thing_2668
 li r1, undefined_thing_2669
 li r1, undefined_thing_2670
 li r1, undefined_thing_2671
 li r1, undefined_thing_2672
 li r1, undefined_thing_2673
 li r1, undefined_thing_2674
 li r1, undefined_thing_2675
 li r1, undefined_thing_2676
 li r1, undefined_thing_2677
 li r1, undefined_thing_2678
 li r1, undefined_thing_2679
 li r1, undefined_thing_2680
 li r1, undefined_thing_2681
 li r1, undefined_thing_2682
 li r1, undefined_thing_2683
 li r1, undefined_thing_2684
 li r1, undefined_thing_2685
 li r1, undefined_thing_2686
 li r1, undefined_thing_2687
 li r1, undefined_thing_2688
 li r1, undefined_thing_2689
 li r1, undefined_thing_2690
 li r1, undefined_thing_2691
 li r1, undefined_thing_2692
 li r1, undefined_thing_2693
 li r1, undefined_thing_2694
 li r1, undefined_thing_2695
 li r1, undefined_thing_2696
 li r1, undefined_thing_2697
 li r1, undefined_thing_2698
 li r1, undefined_thing_2699
 li r1, undefined_thing_2700
 li r1, undefined_thing_2701
 li r1, undefined_thing_2702
 li r1, undefined_thing_2703
 li r1, undefined_thing_2704
 li r1, undefined_thing_2705
 li r1, undefined_thing_2706
 li r1, undefined_thing_2707
 li r1, undefined_thing_2708
 li r1, undefined_thing_2709
 li r1, undefined_thing_2710
 li r1, undefined_thing_2711
 li r1, undefined_thing_2712
 li r1, undefined_thing_2713
 li r1, undefined_thing_2714
 li r1, undefined_thing_2715
 li r1, undefined_thing_2716
 li r1, undefined_thing_2717
 li r1, undefined_thing_2718
 li r1, undefined_thing_2719
 li r1, undefined_thing_2720
 li r1, undefined_thing_2721
 li r1, undefined_thing_2722
 li r1, undefined_thing_2723
 li r1, undefined_thing_2724
 li r1, undefined_thing_2725
 li r1, undefined_thing_2726
 li r1, undefined_thing_2727
 li r1, undefined_thing_2728
 li r1, undefined_thing_2729
 li r1, undefined_thing_2730
 li r1, undefined_thing_2731
 li r1, undefined_thing_2732
 li r1, undefined_thing_2733
 li r1, undefined_thing_2734
 li r1, undefined_thing_2735
 li r1, undefined_thing_2736
 li r1, undefined_thing_2737
 li r1, undefined_thing_2738
 li r1, undefined_thing_2739
 li r1, undefined_thing_2740
 li r1, undefined_thing_2741
 li r1, undefined_thing_2742
 li r1, undefined_thing_2743
 li r1, undefined_thing_2744
 li r1, undefined_thing_2745
 li r1, undefined_thing_2746
 li r1, undefined_thing_2747
 li r1, undefined_thing_2748
 li r1, undefined_thing_2749
 li r1, undefined_thing_2750
 li r1, undefined_thing_2751
 li r1, undefined_thing_2752
 li r1, undefined_thing_2753
 li r1, undefined_thing_2754
 li r1, undefined_thing_2755
 li r1, undefined_thing_2756
 li r1, undefined_thing_2757
 li r1, undefined_thing_2758
 li r1, undefined_thing_2759
 li r1, undefined_thing_2760
 li r1, undefined_thing_2761
 li r1, undefined_thing_2762
 li r1, undefined_thing_2763
 li r1, undefined_thing_2764
 li r1, undefined_thing_2765
 li r1, undefined_thing_2766
 li r1, undefined_thing_2767
 li r1, undefined_thing_2768
 li r1, undefined_thing_2769
 li r1, undefined_thing_2770
 li r1, undefined_thing_2771
 li r1, undefined_thing_2772
 li r1, undefined_thing_2773
 li r1, undefined_thing_2774
 li r1, undefined_thing_2775
 li r1, undefined_thing_2776
 li r1, undefined_thing_2777
 li r1, undefined_thing_2778
 li r1, undefined_thing_2779
 li r1, undefined_thing_2780
 li r1, undefined_thing_2781
 li r1, undefined_thing_2782
 li r1, undefined_thing_2783
 li r1, undefined_thing_2784
 li r1, undefined_thing_2785
 li r1, undefined_thing_2786
 li r1, undefined_thing_2787
 li r1, undefined_thing_2788
 li r1, undefined_thing_2789
 li r1, undefined_thing_2790
 li r1, undefined_thing_2791
 li r1, undefined_thing_2792
 li r1, undefined_thing_2793
 li r1, undefined_thing_2794
 li r1, undefined_thing_2795
 li r1, undefined_thing_2796
 li r1, undefined_thing_2797
 li r1, undefined_thing_2798
 li r1, undefined_thing_2799
 li r1, undefined_thing_2800
 li r1, undefined_thing_2801
 li r1, undefined_thing_2802
 li r1, undefined_thing_2803
 li r1, undefined_thing_2804
 li r1, undefined_thing_2805
 li r1, undefined_thing_2806
 li r1, undefined_thing_2807
 li r1, undefined_thing_2808
 li r1, undefined_thing_2809
 li r1, undefined_thing_2810
 li r1, undefined_thing_2811
 li r1, undefined_thing_2812
 li r1, undefined_thing_2813
 li r1, undefined_thing_2814
 li r1, undefined_thing_2815
 li r1, undefined_thing_2816
 li r1, undefined_thing_2817
 li r1, undefined_thing_2818
 li r1, undefined_thing_2819
 li r1, undefined_thing_2820
 li r1, undefined_thing_2821
 li r1, undefined_thing_2822
 li r1, undefined_thing_2823
 li r1, undefined_thing_2824
 li r1, undefined_thing_2825
 li r1, undefined_thing_2826
 li r1, undefined_thing_2827
 li r1, undefined_thing_2828
 li r1, undefined_thing_2829
 li r1, undefined_thing_2830
 li r1, undefined_thing_2831
 li r1, undefined_thing_2832
 li r1, undefined_thing_2833
 li r1, undefined_thing_2834
 li r1, undefined_thing_2835
 li r1, undefined_thing_2836
 li r1, undefined_thing_2837
 li r1, undefined_thing_2838
 li r1, undefined_thing_2839
 li r1, undefined_thing_2840
 li r1, undefined_thing_2841
 li r1, undefined_thing_2842
 li r1, undefined_thing_2843
 li r1, undefined_thing_2844
 li r1, undefined_thing_2845
 li r1, undefined_thing_2846
 li r1, undefined_thing_2847
 li r1, undefined_thing_2848
 li r1, undefined_thing_2849
 li r1, undefined_thing_2850
 li r1, undefined_thing_2851
 li r1, undefined_thing_2852
 li r1, undefined_thing_2853
 li r1, undefined_thing_2854
 li r1, undefined_thing_2855
 li r1, undefined_thing_2856
 li r1, undefined_thing_2857
 li r1, undefined_thing_2858
 li r1, undefined_thing_2859
 li r1, undefined_thing_2860
 li r1, undefined_thing_2861
 li r1, undefined_thing_2862
 li r1, undefined_thing_2863
 li r1, undefined_thing_2864
 li r1, undefined_thing_2865
 li r1, undefined_thing_2866
 li r1, undefined_thing_2867
 li r1, undefined_thing_2868
 li r1, undefined_thing_2869
 li r1, undefined_thing_2870
 li r1, undefined_thing_2871
 li r1, undefined_thing_2872
 li r1, undefined_thing_2873
 li r1, undefined_thing_2874
 li r1, undefined_thing_2875
 li r1, undefined_thing_2876
 li r1, undefined_thing_2877
 li r1, undefined_thing_2878
 li r1, undefined_thing_2879
 li r1, undefined_thing_2880
 li r1, undefined_thing_2881
 li r1, undefined_thing_2882
 li r1, undefined_thing_2883
 li r1, undefined_thing_2884
 li r1, undefined_thing_2885
 li r1, undefined_thing_2886
 li r1, undefined_thing_2887
 li r1, undefined_thing_2888
 li r1, undefined_thing_2889
 li r1, undefined_thing_2890
 li r1, undefined_thing_2891
 li r1, undefined_thing_2892
 li r1, undefined_thing_2893
 li r1, undefined_thing_2894
 li r1, undefined_thing_2895
 li r1, undefined_thing_2896
 li r1, undefined_thing_2897
 li r1, undefined_thing_2898
 li r1, undefined_thing_2899
 li r1, undefined_thing_2900
 li r1, undefined_thing_2901
 li r1, undefined_thing_2902
 li r1, undefined_thing_2903
 li r1, undefined_thing_2904
 li r1, undefined_thing_2905
 li r1, undefined_thing_2906
 li r1, undefined_thing_2907
 li r1, undefined_thing_2908
 li r1, undefined_thing_2909
 li r1, undefined_thing_2910
 li r1, undefined_thing_2911
 li r1, undefined_thing_2912
 li r1, undefined_thing_2913
 li r1, undefined_thing_2914
 li r1, undefined_thing_2915
 li r1, undefined_thing_2916
 li r1, undefined_thing_2917
 li r1, undefined_thing_2918
 li r1, undefined_thing_2919
 li r1, undefined_thing_2920
 li r1, undefined_thing_2921
 li r1, undefined_thing_2922
 li r1, undefined_thing_2923
 li r1, undefined_thing_2924
 li r1, undefined_thing_2925
 li r1, undefined_thing_2926
 li r1, undefined_thing_2927
 li r1, undefined_thing_2928
 li r1, undefined_thing_2929
 li r1, undefined_thing_2930
 li r1, undefined_thing_2931
 li r1, undefined_thing_2932
 li r1, undefined_thing_2933
 li r1, undefined_thing_2934
 li r1, undefined_thing_2935
 li r1, undefined_thing_2936
 li r1, undefined_thing_2937
 li r1, undefined_thing_2938
 li r1, undefined_thing_2939
 li r1, undefined_thing_2940
 li r1, undefined_thing_2941
 li r1, undefined_thing_2942
 li r1, undefined_thing_2943
 li r1, undefined_thing_2944
 li r1, undefined_thing_2945
 li r1, undefined_thing_2946
 li r1, undefined_thing_2947
 li r1, undefined_thing_2948
 li r1, undefined_thing_2949
 li r1, undefined_thing_2950
 li r1, undefined_thing_2951
 li r1, undefined_thing_2952
 li r1, undefined_thing_2953
 li r1, undefined_thing_2954
 li r1, undefined_thing_2955
 li r1, undefined_thing_2956
 li r1, undefined_thing_2957
 li r1, undefined_thing_2958
 li r1, undefined_thing_2959
 li r1, undefined_thing_2960
 li r1, undefined_thing_2961
 li r1, undefined_thing_2962
 li r1, undefined_thing_2963
 li r1, undefined_thing_2964
 li r1, undefined_thing_2965
 li r1, undefined_thing_2966
 li r1, undefined_thing_2967
 li r1, undefined_thing_2968
 li r1, undefined_thing_2969
 li r1, undefined_thing_2970
 li r1, undefined_thing_2971
 li r1, undefined_thing_2972
 li r1, undefined_thing_2973
 li r1, undefined_thing_2974
 li r1, undefined_thing_2975
 li r1, undefined_thing_2976
 li r1, undefined_thing_2977
 li r1, undefined_thing_2978
 li r1, undefined_thing_2979
 li r1, undefined_thing_2980
 li r1, undefined_thing_2981
 li r1, undefined_thing_2982
 li r1, undefined_thing_2983
 li r1, undefined_thing_2984
 li r1, undefined_thing_2985
 li r1, undefined_thing_2986
 li r1, undefined_thing_2987
 li r1, undefined_thing_2988
 li r1, undefined_thing_2989
 li r1, undefined_thing_2990
 li r1, undefined_thing_2991
 li r1, undefined_thing_2992
 li r1, undefined_thing_2993
 li r1, undefined_thing_2994
 li r1, undefined_thing_2995
 li r1, undefined_thing_2996
 li r1, undefined_thing_2997
 li r1, undefined_thing_2998
 li r1, undefined_thing_2999
 li r1, undefined_thing_3000
 li r1, undefined_thing_3001
 li r1, undefined_thing_3002
 li r1, undefined_thing_3003
 li r1, undefined_thing_3004
 li r1, undefined_thing_3005
 li r1, undefined_thing_3006
 li r1, undefined_thing_3007
 li r1, undefined_thing_3008
 li r1, undefined_thing_3009
 li r1, undefined_thing_3010
 li r1, undefined_thing_3011
 li r1, undefined_thing_3012
 li r1, undefined_thing_3013
 li r1, undefined_thing_3014
 li r1, undefined_thing_3015
 li r1, undefined_thing_3016
 li r1, undefined_thing_3017
 li r1, undefined_thing_3018
 li r1, undefined_thing_3019
 li r1, undefined_thing_3020
 li r1, undefined_thing_3021
 li r1, undefined_thing_3022
 li r1, undefined_thing_3023
 li r1, undefined_thing_3024
 li r1, undefined_thing_3025
 li r1, undefined_thing_3026
 li r1, undefined_thing_3027
 li r1, undefined_thing_3028
 li r1, undefined_thing_3029
 li r1, undefined_thing_3030
 li r1, undefined_thing_3031
 li r1, undefined_thing_3032
 li r1, undefined_thing_3033
 li r1, undefined_thing_3034
 li r1, undefined_thing_3035
 li r1, undefined_thing_3036
 li r1, undefined_thing_3037
 li r1, undefined_thing_3038
 li r1, undefined_thing_3039
 li r1, undefined_thing_3040
 li r1, undefined_thing_3041
 li r1, undefined_thing_3042
 li r1, undefined_thing_3043
 li r1, undefined_thing_3044
 li r1, undefined_thing_3045
 li r1, undefined_thing_3046
 li r1, undefined_thing_3047
 li r1, undefined_thing_3048
 li r1, undefined_thing_3049
 li r1, undefined_thing_3050
 li r1, undefined_thing_3051
 li r1, undefined_thing_3052
 li r1, undefined_thing_3053
 li r1, undefined_thing_3054
 li r1, undefined_thing_3055
 li r1, undefined_thing_3056
 li r1, undefined_thing_3057
 li r1, undefined_thing_3058
 li r1, undefined_thing_3059
 li r1, undefined_thing_3060
 li r1, undefined_thing_3061
 li r1, undefined_thing_3062
 li r1, undefined_thing_3063
 li r1, undefined_thing_3064
 li r1, undefined_thing_3065
 li r1, undefined_thing_3066
 li r1, undefined_thing_3067
 li r1, undefined_thing_3068
 li r1, undefined_thing_3069
 li r1, undefined_thing_3070
 li r1, undefined_thing_3071
 li r1, undefined_thing_3072
 li r1, undefined_thing_3073
 li r1, undefined_thing_3074
 li r1, undefined_thing_3075
 li r1, undefined_thing_3076
 li r1, undefined_thing_3077
 li r1, undefined_thing_3078
 li r1, undefined_thing_3079
 li r1, undefined_thing_3080
 li r1, undefined_thing_3081
 li r1, undefined_thing_3082
 li r1, undefined_thing_3083
 li r1, undefined_thing_3084
 li r1, undefined_thing_3085
 li r1, undefined_thing_3086
 li r1, undefined_thing_3087
 li r1, undefined_thing_3088
 li r1, undefined_thing_3089
 li r1, undefined_thing_3090
 li r1, undefined_thing_3091
 li r1, undefined_thing_3092
 li r1, undefined_thing_3093
 li r1, undefined_thing_3094
 li r1, undefined_thing_3095
 li r1, undefined_thing_3096
 li r1, undefined_thing_3097
 li r1, undefined_thing_3098
 li r1, undefined_thing_3099
 li r1, undefined_thing_3100
 li r1, undefined_thing_3101
 li r1, undefined_thing_3102
 li r1, undefined_thing_3103
 li r1, undefined_thing_3104
 li r1, undefined_thing_3105
 li r1, undefined_thing_3106
 li r1, undefined_thing_3107
 li r1, undefined_thing_3108
 li r1, undefined_thing_3109
 li r1, undefined_thing_3110
 li r1, undefined_thing_3111
 li r1, undefined_thing_3112
 li r1, undefined_thing_3113
 li r1, undefined_thing_3114
 li r1, undefined_thing_3115
 li r1, undefined_thing_3116
 li r1, undefined_thing_3117
 li r1, undefined_thing_3118
 li r1, undefined_thing_3119
 li r1, undefined_thing_3120
 li r1, undefined_thing_3121
 li r1, undefined_thing_3122
 li r1, undefined_thing_3123
 li r1, undefined_thing_3124
 li r1, undefined_thing_3125
 li r1, undefined_thing_3126
 li r1, undefined_thing_3127
 li r1, undefined_thing_3128
 li r1, undefined_thing_3129
 li r1, undefined_thing_3130
 li r1, undefined_thing_3131
 li r1, undefined_thing_3132
 li r1, undefined_thing_3133
 li r1, undefined_thing_3134
 li r1, undefined_thing_3135
 li r1, undefined_thing_3136
 li r1, undefined_thing_3137
 li r1, undefined_thing_3138
 li r1, undefined_thing_3139
 li r1, undefined_thing_3140
 li r1, undefined_thing_3141
 li r1, undefined_thing_3142
 li r1, undefined_thing_3143
 li r1, undefined_thing_3144
 li r1, undefined_thing_3145
 li r1, undefined_thing_3146
 li r1, undefined_thing_3147
 li r1, undefined_thing_3148
 li r1, undefined_thing_3149
 li r1, undefined_thing_3150
 li r1, undefined_thing_3151
 li r1, undefined_thing_3152
 li r1, undefined_thing_3153
 li r1, undefined_thing_3154
 li r1, undefined_thing_3155
 li r1, undefined_thing_3156
 li r1, undefined_thing_3157
 li r1, undefined_thing_3158
 li r1, undefined_thing_3159
 li r1, undefined_thing_3160
 li r1, undefined_thing_3161
 li r1, undefined_thing_3162
 li r1, undefined_thing_3163
 li r1, undefined_thing_3164
 li r1, undefined_thing_3165
 li r1, undefined_thing_3166
 li r1, undefined_thing_3167
 li r1, undefined_thing_3168
 li r1, undefined_thing_3169
 li r1, undefined_thing_3170
 li r1, undefined_thing_3171
 li r1, undefined_thing_3172
 li r1, undefined_thing_3173
 li r1, undefined_thing_3174
 li r1, undefined_thing_3175
 li r1, undefined_thing_3176
 li r1, undefined_thing_3177
 li r1, undefined_thing_3178
 li r1, undefined_thing_3179
 li r1, undefined_thing_3180
 li r1, undefined_thing_3181
 li r1, undefined_thing_3182
 li r1, undefined_thing_3183
 li r1, undefined_thing_3184
 li r1, undefined_thing_3185
 li r1, undefined_thing_3186
 li r1, undefined_thing_3187
 li r1, undefined_thing_3188
 li r1, undefined_thing_3189
 li r1, undefined_thing_3190
 li r1, undefined_thing_3191
 li r1, undefined_thing_3192
 li r1, undefined_thing_3193
 li r1, undefined_thing_3194
 li r1, undefined_thing_3195
 li r1, undefined_thing_3196
 li r1, undefined_thing_3197
 li r1, undefined_thing_3198
 li r1, undefined_thing_3199
 li r1, undefined_thing_3200
 li r1, undefined_thing_3201
 li r1, undefined_thing_3202
 li r1, undefined_thing_3203
 li r1, undefined_thing_3204
 li r1, undefined_thing_3205
 li r1, undefined_thing_3206
 li r1, undefined_thing_3207
 li r1, undefined_thing_3208
 li r1, undefined_thing_3209
 li r1, undefined_thing_3210
 li r1, undefined_thing_3211
 li r1, undefined_thing_3212
 li r1, undefined_thing_3213
 li r1, undefined_thing_3214
 li r1, undefined_thing_3215
 li r1, undefined_thing_3216
 li r1, undefined_thing_3217
 li r1, undefined_thing_3218
 li r1, undefined_thing_3219
 li r1, undefined_thing_3220
 li r1, undefined_thing_3221
 li r1, undefined_thing_3222
 li r1, undefined_thing_3223
 li r1, undefined_thing_3224
 li r1, undefined_thing_3225
 li r1, undefined_thing_3226
 li r1, undefined_thing_3227
 li r1, undefined_thing_3228
 li r1, undefined_thing_3229
 li r1, undefined_thing_3230
 li r1, undefined_thing_3231
 li r1, undefined_thing_3232
 li r1, undefined_thing_3233
 li r1, undefined_thing_3234
 li r1, undefined_thing_3235
 li r1, undefined_thing_3236
 li r1, undefined_thing_3237
 li r1, undefined_thing_3238
 li r1, undefined_thing_3239
 li r1, undefined_thing_3240
 li r1, undefined_thing_3241
 li r1, undefined_thing_3242
 li r1, undefined_thing_3243
 li r1, undefined_thing_3244
 li r1, undefined_thing_3245
 li r1, undefined_thing_3246
 li r1, undefined_thing_3247
 li r1, undefined_thing_3248
 li r1, undefined_thing_3249
 li r1, undefined_thing_3250
 li r1, undefined_thing_3251
 li r1, undefined_thing_3252
 li r1, undefined_thing_3253
 li r1, undefined_thing_3254
 li r1, undefined_thing_3255
 li r1, undefined_thing_3256
 li r1, undefined_thing_3257
 li r1, undefined_thing_3258
 li r1, undefined_thing_3259
 li r1, undefined_thing_3260
 li r1, undefined_thing_3261
 li r1, undefined_thing_3262
 li r1, undefined_thing_3263
 li r1, undefined_thing_3264
 li r1, undefined_thing_3265
 li r1, undefined_thing_3266
 li r1, undefined_thing_3267
 li r1, undefined_thing_3268
 li r1, undefined_thing_3269
 li r1, undefined_thing_3270
 li r1, undefined_thing_3271
 li r1, undefined_thing_3272
 li r1, undefined_thing_3273
 li r1, undefined_thing_3274
 li r1, undefined_thing_3275
 li r1, undefined_thing_3276
 li r1, undefined_thing_3277
 li r1, undefined_thing_3278
 li r1, undefined_thing_3279
 li r1, undefined_thing_3280
 li r1, undefined_thing_3281
 li r1, undefined_thing_3282
 li r1, undefined_thing_3283
 li r1, undefined_thing_3284
 li r1, undefined_thing_3285
 li r1, undefined_thing_3286
 li r1, undefined_thing_3287
 li r1, undefined_thing_3288
 li r1, undefined_thing_3289
 li r1, undefined_thing_3290
 li r1, undefined_thing_3291
 li r1, undefined_thing_3292
 li r1, undefined_thing_3293
 li r1, undefined_thing_3294
 li r1, undefined_thing_3295
 li r1, undefined_thing_3296
 li r1, undefined_thing_3297
 li r1, undefined_thing_3298
 li r1, undefined_thing_3299
 li r1, undefined_thing_3300
 li r1, undefined_thing_3301
 li r1, undefined_thing_3302
 li r1, undefined_thing_3303
 li r1, undefined_thing_3304
 li r1, undefined_thing_3305
 li r1, undefined_thing_3306
 li r1, undefined_thing_3307
 li r1, undefined_thing_3308
 li r1, undefined_thing_3309
 li r1, undefined_thing_3310
 li r1, undefined_thing_3311
 li r1, undefined_thing_3312
 li r1, undefined_thing_3313
 li r1, undefined_thing_3314
 li r1, undefined_thing_3315
 li r1, undefined_thing_3316
 li r1, undefined_thing_3317
 li r1, undefined_thing_3318
 li r1, undefined_thing_3319
 li r1, undefined_thing_3320
 li r1, undefined_thing_3321
 li r1, undefined_thing_3322
 li r1, undefined_thing_3323
 li r1, undefined_thing_3324
 li r1, undefined_thing_3325
 li r1, undefined_thing_3326
 li r1, undefined_thing_3327
 li r1, undefined_thing_3328
 li r1, undefined_thing_3329
 li r1, undefined_thing_3330
 li r1, undefined_thing_3331
 li r1, undefined_thing_3332
 li r1, undefined_thing_3333
 li r1, undefined_thing_3334
 li r1, undefined_thing_3335
 li r1, undefined_thing_3336
 li r1, undefined_thing_3337
 li r1, undefined_thing_3338
 li r1, undefined_thing_3339
 li r1, undefined_thing_3340
 li r1, undefined_thing_3341
 li r1, undefined_thing_3342
 li r1, undefined_thing_3343
 li r1, undefined_thing_3344
 li r1, undefined_thing_3345
 li r1, undefined_thing_3346
 li r1, undefined_thing_3347
 li r1, undefined_thing_3348
 li r1, undefined_thing_3349
 li r1, undefined_thing_3350
 li r1, undefined_thing_3351
 li r1, undefined_thing_3352
 li r1, undefined_thing_3353
 li r1, undefined_thing_3354
 li r1, undefined_thing_3355
 li r1, undefined_thing_3356
 li r1, undefined_thing_3357
 li r1, undefined_thing_3358
 li r1, undefined_thing_3359
 li r1, undefined_thing_3360
 li r1, undefined_thing_3361
 li r1, undefined_thing_3362
 li r1, undefined_thing_3363
 li r1, undefined_thing_3364
 li r1, undefined_thing_3365
 li r1, undefined_thing_3366
 li r1, undefined_thing_3367
 li r1, undefined_thing_3368
 li r1, undefined_thing_3369
 li r1, undefined_thing_3370
 li r1, undefined_thing_3371
 li r1, undefined_thing_3372
 li r1, undefined_thing_3373
 li r1, undefined_thing_3374
 li r1, undefined_thing_3375
 li r1, undefined_thing_3376
 li r1, undefined_thing_3377
 li r1, undefined_thing_3378
 li r1, undefined_thing_3379
 li r1, undefined_thing_3380
 li r1, undefined_thing_3381
 li r1, undefined_thing_3382
 li r1, undefined_thing_3383
 li r1, undefined_thing_3384
 li r1, undefined_thing_3385
 li r1, undefined_thing_3386
 li r1, undefined_thing_3387
 li r1, undefined_thing_3388
 li r1, undefined_thing_3389
 li r1, undefined_thing_3390
 li r1, undefined_thing_3391
 li r1, undefined_thing_3392
 li r1, undefined_thing_3393
 li r1, undefined_thing_3394
 li r1, undefined_thing_3395
 li r1, undefined_thing_3396
 li r1, undefined_thing_3397
 li r1, undefined_thing_3398
 li r1, undefined_thing_3399
 li r1, undefined_thing_3400
 li r1, undefined_thing_3401
 li r1, undefined_thing_3402
 li r1, undefined_thing_3403
 li r1, undefined_thing_3404
 li r1, undefined_thing_3405
 li r1, undefined_thing_3406
 li r1, undefined_thing_3407
 li r1, undefined_thing_3408
 li r1, undefined_thing_3409
 li r1, undefined_thing_3410
 li r1, undefined_thing_3411
 li r1, undefined_thing_3412
 li r1, undefined_thing_3413
 li r1, undefined_thing_3414
 li r1, undefined_thing_3415
 li r1, undefined_thing_3416
 li r1, undefined_thing_3417
 li r1, undefined_thing_3418
 li r1, undefined_thing_3419
 li r1, undefined_thing_3420
 li r1, undefined_thing_3421
 li r1, undefined_thing_3422
 li r1, undefined_thing_3423
 li r1, undefined_thing_3424
 li r1, undefined_thing_3425
 li r1, undefined_thing_3426
 li r1, undefined_thing_3427
 li r1, undefined_thing_3428
 li r1, undefined_thing_3429
 li r1, undefined_thing_3430
 li r1, undefined_thing_3431
 li r1, undefined_thing_3432
 li r1, undefined_thing_3433
 li r1, undefined_thing_3434
 li r1, undefined_thing_3435
 li r1, undefined_thing_3436
 li r1, undefined_thing_3437
 li r1, undefined_thing_3438
 li r1, undefined_thing_3439
 li r1, undefined_thing_3440
 li r1, undefined_thing_3441
 li r1, undefined_thing_3442
 li r1, undefined_thing_3443
 li r1, undefined_thing_3444
 li r1, undefined_thing_3445
 li r1, undefined_thing_3446
 li r1, undefined_thing_3447
 li r1, undefined_thing_3448
 li r1, undefined_thing_3449
 li r1, undefined_thing_3450
 li r1, undefined_thing_3451
 li r1, undefined_thing_3452
 li r1, undefined_thing_3453
 li r1, undefined_thing_3454
 li r1, undefined_thing_3455
 li r1, undefined_thing_3456
 li r1, undefined_thing_3457
 li r1, undefined_thing_3458
 li r1, undefined_thing_3459
 li r1, undefined_thing_3460
 li r1, undefined_thing_3461
 li r1, undefined_thing_3462
 li r1, undefined_thing_3463
 li r1, undefined_thing_3464
 li r1, undefined_thing_3465
 li r1, undefined_thing_3466
 li r1, undefined_thing_3467
 li r1, undefined_thing_3468
 li r1, undefined_thing_3469
 li r1, undefined_thing_3470
 li r1, undefined_thing_3471
 li r1, undefined_thing_3472
 li r1, undefined_thing_3473
 li r1, undefined_thing_3474
 li r1, undefined_thing_3475
 li r1, undefined_thing_3476
 li r1, undefined_thing_3477
 li r1, undefined_thing_3478
 li r1, undefined_thing_3479
 li r1, undefined_thing_3480
 li r1, undefined_thing_3481
 li r1, undefined_thing_3482
 li r1, undefined_thing_3483
 li r1, undefined_thing_3484
 li r1, undefined_thing_3485
 li r1, undefined_thing_3486
 li r1, undefined_thing_3487
 li r1, undefined_thing_3488
 li r1, undefined_thing_3489
 li r1, undefined_thing_3490
 li r1, undefined_thing_3491
 li r1, undefined_thing_3492
 li r1, undefined_thing_3493
 li r1, undefined_thing_3494
 li r1, undefined_thing_3495
 li r1, undefined_thing_3496
 li r1, undefined_thing_3497
 li r1, undefined_thing_3498
 li r1, undefined_thing_3499
 li r1, undefined_thing_3500
 li r1, undefined_thing_3501
 li r1, undefined_thing_3502
 li r1, undefined_thing_3503
 li r1, undefined_thing_3504
 li r1, undefined_thing_3505
 li r1, undefined_thing_3506
 li r1, undefined_thing_3507
 li r1, undefined_thing_3508
 li r1, undefined_thing_3509
 li r1, undefined_thing_3510
 li r1, undefined_thing_3511
 li r1, undefined_thing_3512
 li r1, undefined_thing_3513
 li r1, undefined_thing_3514
 li r1, undefined_thing_3515
 li r1, undefined_thing_3516
 li r1, undefined_thing_3517
 li r1, undefined_thing_3518
 li r1, undefined_thing_3519
 li r1, undefined_thing_3520
 li r1, undefined_thing_3521
 li r1, undefined_thing_3522
 li r1, undefined_thing_3523
 li r1, undefined_thing_3524
 li r1, undefined_thing_3525
 li r1, undefined_thing_3526
 li r1, undefined_thing_3527
 li r1, undefined_thing_3528
 li r1, undefined_thing_3529
 li r1, undefined_thing_3530
 li r1, undefined_thing_3531
 li r1, undefined_thing_3532
 li r1, undefined_thing_3533
 li r1, undefined_thing_3534
 li r1, undefined_thing_3535
 li r1, undefined_thing_3536
 li r1, undefined_thing_3537
 li r1, undefined_thing_3538
 li r1, undefined_thing_3539
 li r1, undefined_thing_3540
 li r1, undefined_thing_3541
 li r1, undefined_thing_3542
 li r1, undefined_thing_3543
 li r1, undefined_thing_3544
 li r1, undefined_thing_3545
 li r1, undefined_thing_3546
 li r1, undefined_thing_3547
 li r1, undefined_thing_3548
 li r1, undefined_thing_3549
 li r1, undefined_thing_3550
 li r1, undefined_thing_3551
 li r1, undefined_thing_3552
 li r1, undefined_thing_3553
 li r1, undefined_thing_3554
 li r1, undefined_thing_3555
 li r1, undefined_thing_3556
 li r1, undefined_thing_3557
 li r1, undefined_thing_3558
 li r1, undefined_thing_3559
 li r1, undefined_thing_3560
 li r1, undefined_thing_3561
 li r1, undefined_thing_3562
 li r1, undefined_thing_3563
 li r1, undefined_thing_3564
 li r1, undefined_thing_3565
 li r1, undefined_thing_3566
 li r1, undefined_thing_3567
 li r1, undefined_thing_3568
 li r1, undefined_thing_3569
 li r1, undefined_thing_3570
 li r1, undefined_thing_3571
 li r1, undefined_thing_3572
 li r1, undefined_thing_3573
 li r1, undefined_thing_3574
 li r1, undefined_thing_3575
 li r1, undefined_thing_3576
 li r1, undefined_thing_3577
 li r1, undefined_thing_3578
 li r1, undefined_thing_3579
 li r1, undefined_thing_3580
 li r1, undefined_thing_3581
 li r1, undefined_thing_3582
 li r1, undefined_thing_3583
 li r1, undefined_thing_3584
 li r1, undefined_thing_3585
 li r1, undefined_thing_3586
 li r1, undefined_thing_3587
 li r1, undefined_thing_3588
 li r1, undefined_thing_3589
 li r1, undefined_thing_3590
 li r1, undefined_thing_3591
 li r1, undefined_thing_3592
 li r1, undefined_thing_3593
 li r1, undefined_thing_3594
 li r1, undefined_thing_3595
 li r1, undefined_thing_3596
 li r1, undefined_thing_3597
 li r1, undefined_thing_3598
 li r1, undefined_thing_3599
 li r1, undefined_thing_3600
 li r1, undefined_thing_3601
 li r1, undefined_thing_3602
 li r1, undefined_thing_3603
 li r1, undefined_thing_3604
 li r1, undefined_thing_3605
 li r1, undefined_thing_3606
 li r1, undefined_thing_3607
 li r1, undefined_thing_3608
 li r1, undefined_thing_3609
 li r1, undefined_thing_3610
 li r1, undefined_thing_3611
 li r1, undefined_thing_3612
 li r1, undefined_thing_3613
 li r1, undefined_thing_3614
 li r1, undefined_thing_3615
 li r1, undefined_thing_3616
 li r1, undefined_thing_3617
 li r1, undefined_thing_3618
 li r1, undefined_thing_3619
 li r1, undefined_thing_3620
 li r1, undefined_thing_3621
 li r1, undefined_thing_3622
 li r1, undefined_thing_3623
 li r1, undefined_thing_3624
 li r1, undefined_thing_3625
 li r1, undefined_thing_3626
 li r1, undefined_thing_3627
 li r1, undefined_thing_3628
 li r1, undefined_thing_3629
 li r1, undefined_thing_3630
 li r1, undefined_thing_3631
 li r1, undefined_thing_3632
 li r1, undefined_thing_3633
 li r1, undefined_thing_3634
 li r1, undefined_thing_3635
 li r1, undefined_thing_3636
 li r1, undefined_thing_3637
 li r1, undefined_thing_3638
 li r1, undefined_thing_3639
 li r1, undefined_thing_3640
 li r1, undefined_thing_3641
 li r1, undefined_thing_3642
 li r1, undefined_thing_3643
 li r1, undefined_thing_3644
 li r1, undefined_thing_3645
 li r1, undefined_thing_3646
 li r1, undefined_thing_3647
 li r1, undefined_thing_3648
 li r1, undefined_thing_3649
 li r1, undefined_thing_3650
 li r1, undefined_thing_3651
 li r1, undefined_thing_3652
 li r1, undefined_thing_3653
 li r1, undefined_thing_3654
 li r1, undefined_thing_3655
 li r1, undefined_thing_3656
 li r1, undefined_thing_3657
 li r1, undefined_thing_3658
 li r1, undefined_thing_3659
 li r1, undefined_thing_3660
 li r1, undefined_thing_3661
 li r1, undefined_thing_3662
 li r1, undefined_thing_3663
 li r1, undefined_thing_3664
 li r1, undefined_thing_3665
 li r1, undefined_thing_3666
 li r1, undefined_thing_3667
 li r1, undefined_thing_3668
 li r1, undefined_thing_3669
 li r1, undefined_thing_3670
 li r1, undefined_thing_3671
 li r1, undefined_thing_3672
 li r1, undefined_thing_3673
 li r1, undefined_thing_3674
 li r1, undefined_thing_3675
 li r1, undefined_thing_3676
 li r1, undefined_thing_3677
 li r1, undefined_thing_3678
 li r1, undefined_thing_3679
 li r1, undefined_thing_3680
 li r1, undefined_thing_3681
 li r1, undefined_thing_3682
 li r1, undefined_thing_3683
 li r1, undefined_thing_3684
 li r1, undefined_thing_3685
 li r1, undefined_thing_3686
 li r1, undefined_thing_3687
 li r1, undefined_thing_3688
 li r1, undefined_thing_3689
 li r1, undefined_thing_3690
 li r1, undefined_thing_3691
 li r1, undefined_thing_3692
 li r1, undefined_thing_3693
 li r1, undefined_thing_3694
 li r1, undefined_thing_3695
 li r1, undefined_thing_3696
 li r1, undefined_thing_3697
 li r1, undefined_thing_3698
 li r1, undefined_thing_3699
 li r1, undefined_thing_3700
 li r1, undefined_thing_3701
 li r1, undefined_thing_3702
 li r1, undefined_thing_3703
 li r1, undefined_thing_3704
 li r1, undefined_thing_3705
 li r1, undefined_thing_3706
 li r1, undefined_thing_3707
 li r1, undefined_thing_3708
 li r1, undefined_thing_3709
 li r1, undefined_thing_3710
 li r1, undefined_thing_3711
 li r1, undefined_thing_3712
 li r1, undefined_thing_3713
 li r1, undefined_thing_3714
 li r1, undefined_thing_3715
 li r1, undefined_thing_3716
 li r1, undefined_thing_3717
 li r1, undefined_thing_3718
 li r1, undefined_thing_3719
 li r1, undefined_thing_3720
 li r1, undefined_thing_3721
 li r1, undefined_thing_3722
 li r1, undefined_thing_3723
 li r1, undefined_thing_3724
 li r1, undefined_thing_3725
 li r1, undefined_thing_3726
 li r1, undefined_thing_3727
 li r1, undefined_thing_3728
 li r1, undefined_thing_3729
 li r1, undefined_thing_3730
 li r1, undefined_thing_3731
 li r1, undefined_thing_3732
 li r1, undefined_thing_3733
 li r1, undefined_thing_3734
 li r1, undefined_thing_3735
 li r1, undefined_thing_3736
 li r1, undefined_thing_3737
 li r1, undefined_thing_3738
 li r1, undefined_thing_3739
 li r1, undefined_thing_3740
 li r1, undefined_thing_3741
 li r1, undefined_thing_3742
 li r1, undefined_thing_3743
 li r1, undefined_thing_3744
 li r1, undefined_thing_3745
 li r1, undefined_thing_3746
 li r1, undefined_thing_3747
 li r1, undefined_thing_3748
 li r1, undefined_thing_3749
 li r1, undefined_thing_3750
 li r1, undefined_thing_3751
 li r1, undefined_thing_3752
 li r1, undefined_thing_3753
 li r1, undefined_thing_3754
 li r1, undefined_thing_3755
 li r1, undefined_thing_3756
 li r1, undefined_thing_3757
 li r1, undefined_thing_3758
 li r1, undefined_thing_3759
 li r1, undefined_thing_3760
 li r1, undefined_thing_3761
 li r1, undefined_thing_3762
 li r1, undefined_thing_3763
 li r1, undefined_thing_3764
 li r1, undefined_thing_3765
 li r1, undefined_thing_3766
 li r1, undefined_thing_3767
 li r1, undefined_thing_3768
 li r1, undefined_thing_3769
 li r1, undefined_thing_3770
 li r1, undefined_thing_3771
 li r1, undefined_thing_3772
 li r1, undefined_thing_3773
 li r1, undefined_thing_3774
 li r1, undefined_thing_3775
 li r1, undefined_thing_3776
 li r1, undefined_thing_3777
 li r1, undefined_thing_3778
 li r1, undefined_thing_3779
 li r1, undefined_thing_3780
 li r1, undefined_thing_3781
 li r1, undefined_thing_3782
 li r1, undefined_thing_3783
 li r1, undefined_thing_3784
 li r1, undefined_thing_3785
 li r1, undefined_thing_3786
 li r1, undefined_thing_3787
 li r1, undefined_thing_3788
 li r1, undefined_thing_3789
 li r1, undefined_thing_3790
 li r1, undefined_thing_3791
 li r1, undefined_thing_3792
 li r1, undefined_thing_3793
 li r1, undefined_thing_3794
 li r1, undefined_thing_3795
 li r1, undefined_thing_3796
 li r1, undefined_thing_3797
 li r1, undefined_thing_3798
 li r1, undefined_thing_3799
 li r1, undefined_thing_3800
 li r1, undefined_thing_3801
 li r1, undefined_thing_3802
 li r1, undefined_thing_3803
 li r1, undefined_thing_3804
 li r1, undefined_thing_3805
 li r1, undefined_thing_3806
 li r1, undefined_thing_3807
 li r1, undefined_thing_3808
 li r1, undefined_thing_3809
 li r1, undefined_thing_3810
 li r1, undefined_thing_3811
 li r1, undefined_thing_3812
 li r1, undefined_thing_3813
 li r1, undefined_thing_3814
 li r1, undefined_thing_3815
 li r1, undefined_thing_3816
 li r1, undefined_thing_3817
 li r1, undefined_thing_3818
 li r1, undefined_thing_3819
 li r1, undefined_thing_3820
 li r1, undefined_thing_3821
 li r1, undefined_thing_3822
 li r1, undefined_thing_3823
 li r1, undefined_thing_3824
 li r1, undefined_thing_3825
 li r1, undefined_thing_3826
 li r1, undefined_thing_3827
 li r1, undefined_thing_3828
 li r1, undefined_thing_3829
 li r1, undefined_thing_3830
 li r1, undefined_thing_3831
 li r1, undefined_thing_3832
 li r1, undefined_thing_3833
 li r1, undefined_thing_3834
 li r1, undefined_thing_3835
 li r1, undefined_thing_3836
 li r1, undefined_thing_3837
 li r1, undefined_thing_3838
 li r1, undefined_thing_3839
 li r1, undefined_thing_3840
 li r1, undefined_thing_3841
 li r1, undefined_thing_3842
 li r1, undefined_thing_3843
 li r1, undefined_thing_3844
 li r1, undefined_thing_3845
 li r1, undefined_thing_3846
 li r1, undefined_thing_3847
 li r1, undefined_thing_3848
 li r1, undefined_thing_3849
 li r1, undefined_thing_3850
 li r1, undefined_thing_3851
 li r1, undefined_thing_3852
 li r1, undefined_thing_3853
 li r1, undefined_thing_3854
 li r1, undefined_thing_3855
 li r1, undefined_thing_3856
 li r1, undefined_thing_3857
 li r1, undefined_thing_3858
 li r1, undefined_thing_3859
 li r1, undefined_thing_3860
 li r1, undefined_thing_3861
 li r1, undefined_thing_3862
 li r1, undefined_thing_3863
 li r1, undefined_thing_3864
 li r1, undefined_thing_3865
 li r1, undefined_thing_3866
 li r1, undefined_thing_3867
 li r1, undefined_thing_3868
 li r1, undefined_thing_3869
 li r1, undefined_thing_3870
 li r1, undefined_thing_3871
 li r1, undefined_thing_3872
 li r1, undefined_thing_3873
 li r1, undefined_thing_3874
 li r1, undefined_thing_3875
 li r1, undefined_thing_3876
 li r1, undefined_thing_3877
 li r1, undefined_thing_3878
 li r1, undefined_thing_3879
 li r1, undefined_thing_3880
 li r1, undefined_thing_3881
 li r1, undefined_thing_3882
 li r1, undefined_thing_3883
 li r1, undefined_thing_3884
 li r1, undefined_thing_3885
 li r1, undefined_thing_3886
 li r1, undefined_thing_3887
 li r1, undefined_thing_3888
 li r1, undefined_thing_3889
 li r1, undefined_thing_3890
 li r1, undefined_thing_3891
 li r1, undefined_thing_3892
 li r1, undefined_thing_3893
 li r1, undefined_thing_3894
 li r1, undefined_thing_3895
 li r1, undefined_thing_3896
 li r1, undefined_thing_3897
 li r1, undefined_thing_3898
 li r1, undefined_thing_3899
 li r1, undefined_thing_3900
 li r1, undefined_thing_3901
 li r1, undefined_thing_3902
 li r1, undefined_thing_3903
 li r1, undefined_thing_3904
 li r1, undefined_thing_3905
 li r1, undefined_thing_3906
 li r1, undefined_thing_3907
 li r1, undefined_thing_3908
 li r1, undefined_thing_3909
 li r1, undefined_thing_3910
 li r1, undefined_thing_3911
 li r1, undefined_thing_3912
 li r1, undefined_thing_3913
 li r1, undefined_thing_3914
 li r1, undefined_thing_3915
 li r1, undefined_thing_3916
 li r1, undefined_thing_3917
 li r1, undefined_thing_3918
 li r1, undefined_thing_3919
 li r1, undefined_thing_3920
 li r1, undefined_thing_3921
 li r1, undefined_thing_3922
 li r1, undefined_thing_3923
 li r1, undefined_thing_3924
 li r1, undefined_thing_3925
 li r1, undefined_thing_3926
 li r1, undefined_thing_3927
 li r1, undefined_thing_3928
 li r1, undefined_thing_3929
 li r1, undefined_thing_3930
 li r1, undefined_thing_3931
 li r1, undefined_thing_3932
 li r1, undefined_thing_3933
 li r1, undefined_thing_3934
 li r1, undefined_thing_3935
 li r1, undefined_thing_3936
 li r1, undefined_thing_3937
 li r1, undefined_thing_3938
 li r1, undefined_thing_3939
 li r1, undefined_thing_3940
 li r1, undefined_thing_3941
 li r1, undefined_thing_3942
 li r1, undefined_thing_3943
 li r1, undefined_thing_3944
 li r1, undefined_thing_3945
 li r1, undefined_thing_3946
 li r1, undefined_thing_3947
 li r1, undefined_thing_3948
 li r1, undefined_thing_3949
 li r1, undefined_thing_3950
 li r1, undefined_thing_3951
 li r1, undefined_thing_3952
 li r1, undefined_thing_3953
 li r1, undefined_thing_3954
 li r1, undefined_thing_3955
 li r1, undefined_thing_3956
 li r1, undefined_thing_3957
 li r1, undefined_thing_3958
 li r1, undefined_thing_3959
 li r1, undefined_thing_3960
 li r1, undefined_thing_3961
 li r1, undefined_thing_3962
 li r1, undefined_thing_3963
 li r1, undefined_thing_3964
 li r1, undefined_thing_3965
 li r1, undefined_thing_3966
 li r1, undefined_thing_3967
 li r1, undefined_thing_3968
 li r1, undefined_thing_3969
 li r1, undefined_thing_3970
 li r1, undefined_thing_3971
 li r1, undefined_thing_3972
 li r1, undefined_thing_3973
 li r1, undefined_thing_3974
 li r1, undefined_thing_3975
 li r1, undefined_thing_3976
 li r1, undefined_thing_3977
 li r1, undefined_thing_3978
 li r1, undefined_thing_3979
 li r1, undefined_thing_3980
 li r1, undefined_thing_3981
 li r1, undefined_thing_3982
 li r1, undefined_thing_3983
 li r1, undefined_thing_3984
 li r1, undefined_thing_3985
 li r1, undefined_thing_3986
 li r1, undefined_thing_3987
 li r1, undefined_thing_3988
 li r1, undefined_thing_3989
 li r1, undefined_thing_3990
 li r1, undefined_thing_3991
 li r1, undefined_thing_3992
 li r1, undefined_thing_3993
 li r1, undefined_thing_3994
 li r1, undefined_thing_3995
 li r1, undefined_thing_3996
 li r1, undefined_thing_3997
 li r1, undefined_thing_3998
 li r1, undefined_thing_3999
