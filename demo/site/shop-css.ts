/** The shop's own style sheet (the widget brings its own, under hashed names). */
export const SHOP_CSS = `
*{box-sizing:border-box}
body{margin:0;background:#faf8f5;color:#1f2328;font:15px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}
a{color:#22465c}
svg{display:block}
.demo-bar{display:flex;flex-wrap:wrap;align-items:center;gap:6px 14px;padding:8px 32px;background:#1f2328;color:#d9dde2;font-size:13px}
.demo-bar b{color:#fff;font-weight:600}
.demo-bar>span{flex:1 1 0;min-width:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.demo-bar nav{display:flex;gap:4px;flex:none}
.demo-bar a{color:#d9dde2;text-decoration:none;padding:2px 9px;border-radius:999px}
.demo-bar a:hover{background:#343a42}
.demo-bar a[aria-current]{background:#f2b45a;color:#1f2328;font-weight:600}
.top{display:flex;align-items:center;gap:36px;padding:16px 32px;background:#fff;border-bottom:1px solid #ece7df}
.logo{display:flex;align-items:center;gap:10px;font-weight:750;font-size:19px;color:#22465c;text-decoration:none;letter-spacing:-.01em}
.top nav{display:flex;gap:24px}
.top nav a{color:#3b4450;text-decoration:none}
.top nav a:hover{color:#22465c}
.top .end{margin-inline-start:auto;display:flex;align-items:center;gap:20px;color:#3b4450}
.top .end a{text-decoration:none;color:inherit;display:flex;align-items:center;gap:6px}
.page{max-width:1180px;margin:0 auto;padding:20px 32px 48px}
@media (min-width:1100px){body[data-variant] .page{max-width:none;margin:0;padding-inline:48px 440px}}
.crumbs{font-size:13px;color:#7a828c;margin-bottom:18px}
.crumbs span+span::before{content:'›';margin-inline:8px;color:#b3b9c0}
.product{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:36px;align-items:start}
@media (max-width:760px){.product{grid-template-columns:1fr}.top nav{display:none}}
.gallery{display:grid;gap:10px}
.shot{aspect-ratio:1/1;border-radius:18px;background:radial-gradient(circle at 30% 25%,#fdf3e3,#e9eef2 70%);display:grid;place-items:center;border:1px solid #ece7df}
.thumbs{display:grid;grid-template-columns:repeat(3,1fr);gap:10px}
.thumbs div{aspect-ratio:4/3;border-radius:12px;background:#f1ede6;border:1px solid #ece7df}
.thumbs div:first-child{outline:2px solid #22465c;outline-offset:-2px}
.info h1{font-size:28px;line-height:1.2;margin:0 0 8px;letter-spacing:-.01em}
.rating{color:#7a828c;font-size:14px}
.rating b{color:#d9962b;font-weight:600}
.price{display:flex;align-items:baseline;gap:12px;margin:18px 0 6px}
.price strong{font-size:28px;color:#22465c}
.price s{color:#9aa1a9}
.price .off{font-size:12px;font-weight:700;color:#b3461f;background:#fbe9e1;border-radius:6px;padding:2px 7px}
.stock{color:#2d7a4a;font-size:14px;display:flex;align-items:center;gap:7px}
.stock::before{content:'';width:8px;height:8px;border-radius:50%;background:#35a35f}
.colour{margin:18px 0 8px;font-size:14px;color:#3b4450}
.swatches{display:flex;gap:10px;margin-bottom:20px}
.swatches i{width:28px;height:28px;border-radius:50%;border:3px solid #fff;box-shadow:0 0 0 1px #d5d9de}
.swatches i:first-child{box-shadow:0 0 0 2px #22465c}
.buy{display:flex;gap:12px}
.qty{display:flex;align-items:center;border:1px solid #d5d9de;border-radius:12px;background:#fff}
.qty span{padding:0 14px;color:#7a828c;font-size:18px}
.qty b{min-width:24px;text-align:center}
.cta{flex:1;height:48px;border:0;border-radius:12px;background:#22465c;color:#fff;font:inherit;font-weight:650;cursor:pointer}
.cta:hover{background:#1b394b}
.desc{color:#3b4450;margin:22px 0 10px}
.features{list-style:none;padding:0;margin:0;display:grid;gap:6px;color:#3b4450;font-size:14px}
.features li::before{content:'✓';color:#2d7a4a;font-weight:700;margin-inline-end:8px}
.related{margin-top:44px}
.related h2{font-size:18px;margin:0 0 14px}
.cards{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:16px}
.card{background:#fff;border:1px solid #ece7df;border-radius:14px;padding:12px}
.card .img{aspect-ratio:4/3;border-radius:10px;background:#f3efe8;display:grid;place-items:center;margin-bottom:10px}
.card div+div{font-size:14px}
.card strong{display:block;color:#22465c;font-size:14px}
footer{border-top:1px solid #ece7df;background:#fff;color:#6b737d;font-size:13px;padding:22px 32px;display:grid;gap:4px}
.intro{max-width:760px}
.intro h1{font-size:30px;line-height:1.2;margin:12px 0 10px;letter-spacing:-.01em}
.intro p{color:#3b4450;margin:0 0 10px}
.intro code,.notes code{background:#f1ede6;border-radius:5px;padding:1px 5px;font-size:13px}
.variants{display:grid;grid-template-columns:repeat(auto-fill,minmax(400px,1fr));gap:16px;margin:26px 0}
.eyebrow{margin:8px 0 0;color:#b3461f;font-weight:650;font-size:13px;letter-spacing:.06em;text-transform:uppercase}
.variant{background:#fff;border:1px solid #ece7df;border-radius:16px;padding:18px 20px;display:flex;flex-direction:column;gap:10px}
.variant header{display:flex;align-items:center;gap:12px}
.variant .letter{width:34px;height:34px;border-radius:10px;color:#fff;font-weight:750;display:grid;place-items:center;flex:none}
.variant h2{font-size:16px;margin:0;line-height:1.3}
.variant dl{display:grid;grid-template-columns:auto 1fr;gap:3px 12px;margin:0;font-size:13px}
.variant dt{color:#7a828c}
.variant dd{margin:0;color:#3b4450}
.variant .langs{display:flex;gap:8px;margin-top:auto;padding-top:4px}
.variant .langs a{flex:1;text-align:center;padding:7px 0;border-radius:10px;border:1px solid #d5d9de;text-decoration:none;font-size:14px}
.variant .langs a:hover{border-color:#22465c;background:#f5f8fa}
.notes{color:#3b4450;font-size:14px;max-width:760px}
.notes li{margin-bottom:4px}
`;
