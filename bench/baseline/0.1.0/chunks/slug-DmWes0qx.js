function e(e,r=60){const a=e.normalize("NFKD").replace(/[\u0300-\u036f]/g,"").toLowerCase().replace(/['’]/g,"").replace(/[^a-z0-9]+/g,"-").replace(/^-+|-+$/g,"");if(a.length<=r)return a;const c=a.slice(0,r),l=c.lastIndexOf("-");return l>r/2?c.slice(0,l):c}export{e as s};
//# sourceMappingURL=slug-DmWes0qx.js.map
