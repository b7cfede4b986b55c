#include "sync/server/certificates/VerifyPage.h"

namespace vitalis::server
{

namespace
{

// The texts are in the page, one table per language, so it works with no request but the
// check itself; ?lang=fr|ar|en chooses, else the browser's language. Verdict codes are those
// of certificates::verdictName. Fields are shown with textContent only (never as HTML).
constexpr const char* kPage = R"html(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verify a certificate</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;padding:1rem;max-width:40rem;margin:auto;color:#111}
h1{font-size:1.4rem}
label{display:block;font-weight:600;margin:.5rem 0}
input[type=text]{width:100%;box-sizing:border-box;font-size:1rem;padding:.6rem}
button{font-size:1rem;padding:.6rem 1.2rem;margin-top:.6rem}
#verdict{margin-top:1rem;padding:.8rem;border-radius:.3rem;font-weight:700}
#verdict.valid{background:#d7f5dc;border:2px solid #137a2a}
#verdict.invalid{background:#fde0e0;border:2px solid #b00020}
#reason{margin:.4rem 0}
table{border-collapse:collapse;width:100%;margin-top:.6rem}
th,td{text-align:start;padding:.3rem;border-bottom:1px solid #ccc;vertical-align:top}
nav a{margin-inline-end:.8rem}
.hint{color:#444;font-size:.9rem}
</style>
</head>
<body>
<nav><a href="?lang=en" hreflang="en">English</a><a href="?lang=fr" hreflang="fr">Français</a><a href="?lang=ar" hreflang="ar">العربية</a></nav>
<h1 id="title"></h1>
<p class="hint" id="hint"></p>
<form id="form">
<label for="qr" id="qrLabel"></label>
<input type="text" id="qr" name="qr" autocomplete="off" autofocus spellcheck="false">
<button type="submit" id="check"></button>
</form>
<div id="result" hidden>
<div id="verdict" role="status" aria-live="polite"></div>
<p id="reason"></p>
<p id="contentNote"></p>
<table id="fields"><tbody></tbody></table>
</div>
<script>
(function(){
var T={
en:{dir:"ltr",title:"Verify a birth or death certificate",hint:"Scan the QR code on the certificate with a scanner, or paste its text, then press Enter. Compare the details shown with the paper.",qrLabel:"QR code text",check:"Check",
valid:"VALID: this certificate was issued by the civil registry",invalid_signature:"NOT VALID: the content was changed or the signature is forged",unknown_or_untrusted_key:"NOT VALID: signed by a key the country's registry does not recognise",key_expired:"NOT VALID: the issuing key had expired when this was issued",key_revoked:"NOT VALID: the issuing key was withdrawn before this was issued",voided:"NOT VALID: this certificate was cancelled by the registry",malformed:"NOT VALID: this is not a readable certificate",
why:"Why: ",signed:"Signed content:",untrusted:"Content (not trustworthy):",busy:"Too many checks from this connection. Try again in a minute.",failed:"The check could not be done. Try again.",empty:"Scan or paste the QR code text first.",
registrationNumber:"Registration number",eventType:"Event",givenNames:"Given names",familyName:"Family name",sex:"Sex",dateOfEvent:"Date of event",placeOfEvent:"Place of event",motherName:"Mother",fatherName:"Father",registrationDate:"Registered on",issuingOffice:"Issuing office",copyNumber:"Copy number",issuedAt:"Printed on",
birth:"Birth",death:"Death",marriage:"Marriage",male:"Male",female:"Female",other:"Other"},
fr:{dir:"ltr",title:"Vérifier un acte de naissance ou de décès",hint:"Scannez le code QR de l'acte avec un lecteur, ou collez son texte, puis appuyez sur Entrée. Comparez les informations affichées avec le papier.",qrLabel:"Texte du code QR",check:"Vérifier",
valid:"VALIDE : cet acte a été délivré par l'état civil",invalid_signature:"NON VALIDE : le contenu a été modifié ou la signature est falsifiée",unknown_or_untrusted_key:"NON VALIDE : signé par une clé que l'état civil du pays ne reconnaît pas",key_expired:"NON VALIDE : la clé de délivrance avait expiré lors de la délivrance",key_revoked:"NON VALIDE : la clé de délivrance avait été retirée avant la délivrance",voided:"NON VALIDE : cet acte a été annulé par l'état civil",malformed:"NON VALIDE : ce n'est pas un acte lisible",
why:"Motif : ",signed:"Contenu signé :",untrusted:"Contenu (non fiable) :",busy:"Trop de vérifications depuis cette connexion. Réessayez dans une minute.",failed:"La vérification n'a pas pu être faite. Réessayez.",empty:"Scannez ou collez d'abord le texte du code QR.",
registrationNumber:"Numéro d'enregistrement",eventType:"Événement",givenNames:"Prénoms",familyName:"Nom",sex:"Sexe",dateOfEvent:"Date de l'événement",placeOfEvent:"Lieu de l'événement",motherName:"Mère",fatherName:"Père",registrationDate:"Enregistré le",issuingOffice:"Bureau de délivrance",copyNumber:"Numéro de copie",issuedAt:"Imprimé le",
birth:"Naissance",death:"Décès",marriage:"Mariage",male:"Masculin",female:"Féminin",other:"Autre"},
ar:{dir:"rtl",title:"التحقق من شهادة ميلاد أو وفاة",hint:"امسح رمز QR الموجود على الشهادة بالماسح الضوئي أو الصق نصه، ثم اضغط Enter. قارن البيانات المعروضة بالورقة.",qrLabel:"نص رمز QR",check:"تحقق",
valid:"صالحة: صدرت هذه الشهادة عن السجل المدني",invalid_signature:"غير صالحة: تم تغيير المحتوى أو تزوير التوقيع",unknown_or_untrusted_key:"غير صالحة: موقعة بمفتاح لا يعترف به السجل المدني",key_expired:"غير صالحة: كان مفتاح الإصدار منتهي الصلاحية عند الإصدار",key_revoked:"غير صالحة: سُحب مفتاح الإصدار قبل إصدار هذه الشهادة",voided:"غير صالحة: ألغى السجل المدني هذه الشهادة",malformed:"غير صالحة: هذه ليست شهادة مقروءة",
why:"السبب: ",signed:"المحتوى الموقع:",untrusted:"المحتوى (غير موثوق):",busy:"عدد كبير جدًا من عمليات التحقق من هذا الاتصال. حاول مرة أخرى بعد دقيقة.",failed:"تعذر إجراء التحقق. حاول مرة أخرى.",empty:"امسح نص رمز QR أو الصقه أولاً.",
registrationNumber:"رقم التسجيل",eventType:"الواقعة",givenNames:"الأسماء الشخصية",familyName:"اسم العائلة",sex:"الجنس",dateOfEvent:"تاريخ الواقعة",placeOfEvent:"مكان الواقعة",motherName:"الأم",fatherName:"الأب",registrationDate:"تاريخ التسجيل",issuingOffice:"مكتب الإصدار",copyNumber:"رقم النسخة",issuedAt:"تاريخ الطباعة",
birth:"ولادة",death:"وفاة",marriage:"زواج",male:"ذكر",female:"أنثى",other:"آخر"}};
var q=new URLSearchParams(location.search).get("lang")||(navigator.language||"en").slice(0,2);
var lang=T[q]?q:"en",t=T[lang];
document.documentElement.lang=lang;document.documentElement.dir=t.dir;document.title=t.title;
["title","hint","qrLabel","check"].forEach(function(id){document.getElementById(id).textContent=t[id];});
var order=["registrationNumber","eventType","givenNames","familyName","sex","dateOfEvent","placeOfEvent","motherName","fatherName","registrationDate","issuingOffice","copyNumber","issuedAt"];
function shown(k,v){if(k==="issuedAt")return new Date(v*1000).toISOString().slice(0,16).replace("T"," ")+" UTC";if((k==="eventType"||k==="sex")&&t[v])return t[v];return String(v);}
function show(verdict,reason,claims,ok){
var r=document.getElementById("result"),v=document.getElementById("verdict");
r.hidden=false;v.textContent=verdict;v.className=ok?"valid":"invalid";v.setAttribute("data-verdict",ok?"valid":"invalid");
document.getElementById("reason").textContent=reason||"";
document.getElementById("contentNote").textContent=claims?(ok?t.signed:t.untrusted):"";
var body=document.querySelector("#fields tbody");body.textContent="";
if(!claims)return;
order.forEach(function(k){var v=claims[k];if(v===undefined||v===""||v===null)return;
var tr=document.createElement("tr"),th=document.createElement("th"),td=document.createElement("td");
th.textContent=t[k];td.textContent=shown(k,v);td.setAttribute("data-field",k);td.dir="auto";tr.appendChild(th);tr.appendChild(td);body.appendChild(tr);});}
document.getElementById("form").addEventListener("submit",function(e){
e.preventDefault();var text=document.getElementById("qr").value.trim();
if(!text){show(t.empty,"",null,false);return;}
fetch("/api/v1/verify",{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify({qr:text})})
.then(function(res){return res.json().then(function(j){return {status:res.status,body:j};});})
.then(function(a){
if(a.status===429){show(t.busy,"",null,false);return;}
if(a.status!==200){show(t.failed,a.body&&a.body.error?a.body.error.message:"",null,false);return;}
var ok=a.body.verdict==="valid";
var v=document.getElementById("verdict");
show(t[a.body.verdict]||t.malformed,ok?"":t.why+a.body.reason,a.body.claims,ok);
v.setAttribute("data-verdict",a.body.verdict);})
.catch(function(){show(t.failed,"",null,false);});
document.getElementById("qr").select();});
// /verify#qr=TEXT (a link or a phone's scanner app): the text never reaches the server's logs,
// fragments stay in the browser; it is checked as if typed and Enter pressed.
if(location.hash.indexOf("#qr=")===0){document.getElementById("qr").value=decodeURIComponent(location.hash.slice(4));
document.getElementById("form").requestSubmit();}
})();
</script>
</body>
</html>
)html";

} // namespace

QByteArray verifyPageHtml()
{
    return QByteArray(kPage);
}

} // namespace vitalis::server
